package backorder.report.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds and prints Jackson trees without an ObjectMapper, whose start-up (also triggered by
 * {@code JsonNode.toString()}) costs about 300 ms in a fresh JVM, several times the parsing itself.
 */
final class JsonTree {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // correctly rounded like Double.parseDouble, whose exact path for 16-17 digit numbers (most of
            // summary.json's) is several times slower
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() { }

    /** Parses one JSON value; trailing content is an error. */
    static JsonNode parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonParseException(p, "empty document");
            }
            JsonNode root = value(p, t);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the document");
            }
            return root;
        }
    }

    /** Compact JSON text of a node, e.g. {@code 40}, {@code null}, {@code ["a", "b"]}. */
    static String text(JsonNode n) {
        if (n.isTextual()) {
            return '"' + n.asText().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (n.isArray()) {
            StringBuilder b = new StringBuilder("[");
            n.forEach(e -> b.append(b.length() > 1 ? ", " : "").append(text(e)));
            return b.append(']').toString();
        }
        if (n.isObject()) {
            StringBuilder b = new StringBuilder("{");
            n.properties().forEach(e -> b.append(b.length() > 1 ? ", " : "").append('"').append(e.getKey())
                    .append("\": ").append(text(e.getValue())));
            return b.append('}').toString();
        }
        return n.isMissingNode() ? "null" : n.asText();
    }

    private static void requireMore(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
    }

    static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        requireMore(p, t);
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    requireMore(p, k);
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    requireMore(p, e);
                    a.add(value(p, e));
                }
                return a;
            }
            case VALUE_STRING: return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT: return NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT: return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE: return NODES.booleanNode(true);
            case VALUE_FALSE: return NODES.booleanNode(false);
            case VALUE_NULL: return NODES.nullNode();
            default: throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
