package backorder.scenario;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML factory whose parsers note what Jackson passes over in silence: tags on any node
 * (keys, values, mappings, lists, the root), {@code %YAML}/{@code %TAG} directives and aliases.
 * They are seen on SnakeYAML's events as the parser reads them, so nothing is parsed twice.
 */
final class StrictYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  /** Something the parser read that a scenario may not use, and where it starts. */
  record Finding(Mark mark, String message, boolean alias) {}

  private final transient LoaderOptions options;

  StrictYamlFactory(YAMLFactoryBuilder builder, LoaderOptions options) {
    super(builder);
    this.options = options;
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, options, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt,
      boolean recyclable) throws IOException {
    return _createParser(new CharArrayReader(data, offset, len), ctxt);
  }

  /** A YAML parser that keeps the findings of the events read since they were last taken. */
  static final class Parser extends YAMLParser {
    private final List<Finding> findings = new ArrayList<>();

    Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options,
        ObjectCodec codec, Reader reader) {
      super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      if (event != null) {
        inspect(event);
      }
      return event;
    }

    /** The findings since the last call, in the order read. */
    List<Finding> takeFindings() {
      if (findings.isEmpty()) {
        return List.of();
      }
      List<Finding> taken = List.copyOf(findings);
      findings.clear();
      return taken;
    }

    private void inspect(Event event) {
      String tag = event instanceof ScalarEvent s ? s.getTag()
          : event instanceof CollectionStartEvent c ? c.getTag() : null;
      if (tag != null) {
        findings.add(new Finding(event.getStartMark(), "YAML tags (" + YamlNode.shown(written(tag))
            + ") are not supported: delete the tag (quote a value to make it a text)", false));
      } else if (event instanceof AliasEvent a) {
        findings.add(new Finding(event.getStartMark(), "YAML aliases (*" + YamlNode.shown(a.getAnchor())
            + ") are not supported: write the value out in full", true));
      } else if (event instanceof DocumentStartEvent d && hasDirectives(d)) {
        findings.add(new Finding(event.getStartMark(), "YAML directives (%YAML, %TAG) are not"
            + " supported: delete the lines starting with %", false));
      }
    }

    private static boolean hasDirectives(DocumentStartEvent d) {
      Map<String, String> tags = d.getTags();
      return d.getVersion() != null || tags != null && !tags.isEmpty();
    }

    /** A resolved tag as it is usually written: !!str for tag:yaml.org,2002:str. */
    private static String written(String tag) {
      String core = "tag:yaml.org,2002:";
      return tag.startsWith(core) ? "!!" + tag.substring(core.length())
          : tag.startsWith("!") ? tag : "!<" + tag + ">";
    }
  }
}
