package backorder.report.results;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quicker reading of a well-formed summary.json: the document's tree without each policy's
 * {@code products}, whose metrics go straight from the tokens into {@link MetricStat}s. With 1,000
 * products those are almost the whole file, and a tree node per statistic cost more than the parsing.
 * Anything unusual (a product without a text sku, a statistic that is not a finite number or null,
 * broken JSON, ...) makes it give up, and {@link SummaryReader} reads the full tree with its checks and
 * messages instead, so a file gives the same results or the same error either way.
 */
final class SummaryStream {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tree without the products, and each policy's products in file order (by policy index). */
    record Split(JsonNode root, List<List<Product>> products) { }

    /** One product as summary.json lists it under a policy. */
    record Product(String sku, Map<String, MetricStat> metrics) { }

    /** Thrown inside the quick reading when the file needs the checking path. */
    private static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private SummaryStream() { }

    /** The split document, or empty when the checking path must read it. */
    static Optional<Split> read(String text) {
        try (JsonParser p = JsonTree.FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            ObjectNode root = NODES.objectNode();
            List<List<Product>> products = List.of();
            for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
                String name = p.currentName();
                JsonToken v = next(p);
                if (name.equals("policies") && v == JsonToken.START_ARRAY) {
                    ArrayNode policies = NODES.arrayNode();
                    products = new ArrayList<>();
                    for (JsonToken e = next(p); e != JsonToken.END_ARRAY; e = next(p)) {
                        policies.add(policy(p, e, products));
                    }
                    root.set(name, policies);
                } else {
                    root.set(name, JsonTree.value(p, v));
                }
            }
            if (p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(new Split(root, products));
        } catch (Unusual | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A policy's tree without "products"; its products are added to {@code products}. */
    private static ObjectNode policy(JsonParser p, JsonToken start, List<List<Product>> products)
            throws IOException, Unusual {
        if (start != JsonToken.START_OBJECT) {
            throw new Unusual();
        }
        ObjectNode o = NODES.objectNode();
        List<Product> own = List.of();
        for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
            String name = p.currentName();
            JsonToken v = next(p);
            if (name.equals("products")) {
                own = products(p, v);
            } else {
                o.set(name, JsonTree.value(p, v));
            }
        }
        products.add(own);
        return o;
    }

    private static List<Product> products(JsonParser p, JsonToken start) throws IOException, Unusual {
        if (start != JsonToken.START_ARRAY) {
            throw new Unusual();
        }
        List<Product> out = new ArrayList<>();
        for (JsonToken e = next(p); e != JsonToken.END_ARRAY; e = next(p)) {
            if (e != JsonToken.START_OBJECT) {
                throw new Unusual();
            }
            String sku = null;
            Map<String, MetricStat> metrics = null;
            for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
                String name = p.currentName();
                JsonToken v = next(p);
                if (name.equals("sku")) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw new Unusual();
                    }
                    sku = p.getText();
                } else if (name.equals("metrics")) {
                    metrics = metrics(p, v);
                } else {
                    p.skipChildren(); // a field the reader does not use
                }
            }
            if (sku == null || metrics == null) {
                throw new Unusual();
            }
            out.add(new Product(sku, metrics));
        }
        return out;
    }

    /** {"metric": {"mean": .., "sd": .., "ci95_low": .., "ci95_high": ..}, ...} in file order. */
    private static Map<String, MetricStat> metrics(JsonParser p, JsonToken start) throws IOException, Unusual {
        if (start != JsonToken.START_OBJECT) {
            throw new Unusual();
        }
        Map<String, MetricStat> out = new LinkedHashMap<>();
        for (JsonToken t = next(p); t != JsonToken.END_OBJECT; t = next(p)) {
            String metric = p.currentName();
            if (next(p) != JsonToken.START_OBJECT) {
                throw new Unusual();
            }
            double mean = Double.NaN;
            double sd = Double.NaN;
            double low = Double.NaN;
            double high = Double.NaN;
            for (JsonToken f = next(p); f != JsonToken.END_OBJECT; f = next(p)) {
                String field = p.currentName();
                JsonToken v = next(p);
                switch (field) {
                    case "mean" -> mean = number(p, v);
                    case "sd" -> sd = number(p, v);
                    case "ci95_low" -> low = number(p, v);
                    case "ci95_high" -> high = number(p, v);
                    default -> p.skipChildren();
                }
            }
            out.put(metric, new MetricStat(mean, sd, low, high));
        }
        return out;
    }

    /** A statistic: NaN for null, the value of a finite number, otherwise the checking path decides. */
    private static double number(JsonParser p, JsonToken v) throws IOException, Unusual {
        if (v == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        // the tree reads integers as longs, so the same doubles come out here
        double d = v == JsonToken.VALUE_NUMBER_INT ? (double) p.getLongValue()
                : v == JsonToken.VALUE_NUMBER_FLOAT ? p.getDoubleValue() : Double.NaN;
        if (!Double.isFinite(d)) {
            throw new Unusual();
        }
        return d;
    }

    private static JsonToken next(JsonParser p) throws IOException, Unusual {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new Unusual();
        }
        return t;
    }
}
