package vn.tdkt.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates a pack.yaml against the pack schema ({@value #RESOURCE}, JSON Schema 2020-12) before it is read, so that
 * a misspelt key or a value of the wrong kind is refused with its line and key.
 */
final class PackSchema {
    static final String RESOURCE = "/vn/tdkt/pack.schema.json";
    private static volatile JsonSchema schema;

    private PackSchema() {}

    static void validate(JsonNode pack, String origin, java.util.function.Supplier<YamlLines> linesOfKeys) {
        Set<ValidationMessage> errors = schema().validate(pack);
        if (errors.isEmpty()) {
            return;
        }
        YamlLines lines = linesOfKeys.get();
        List<String> messages = errors.stream()
                .sorted(Comparator.comparing(e -> lines.line(key(e))))
                .map(e -> {
                    String key = key(e);
                    int line = lines.line(key);
                    return origin + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ")
                            + e.getMessage().replaceFirst("^\\$[^:]*: ", "");
                })
                .toList();
        throw new PackFormatException(String.join("\n", messages));
    }

    /** The key as the pack's lines know it: rules.HP-04.check. */
    private static String key(ValidationMessage error) {
        String path = error.getInstanceLocation().toString();
        String key = path.startsWith("$") ? path.substring(1) : path;
        key = key.replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\['([^']*)']", ".$1");
        if ("required".equals(error.getType()) && error.getProperty() != null) {
            key = key + "." + error.getProperty();
        }
        return key.startsWith(".") ? key.substring(1) : key;
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            try (InputStream in = PackSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new PackFormatException("the pack schema " + RESOURCE + " is not on the class path");
                }
                JsonNode node = new ObjectMapper().readTree(in);
                s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
                schema = s;
            } catch (IOException e) {
                throw new PackFormatException("cannot read the pack schema: " + e.getMessage(), e);
            }
        }
        return s;
    }
}
