package vn.tdkt.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdkt.sarif.SarifWriter;

/**
 * Finds where a JSON Pointer's value starts in a plan file, so that a SARIF viewer opens the plan at the line a
 * finding is about. A pointer to a fact the plan does not state falls back to the nearest enclosing one that it does.
 */
final class PointerLocator implements SarifWriter.Locator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, Path> files;
    private final Map<String, Map<String, SarifWriter.Region>> indexes = new ConcurrentHashMap<>();

    /** @param files the plan files by the source name their reports carry */
    PointerLocator(Map<String, Path> files) {
        this.files = Map.copyOf(files);
    }

    @Override
    public SarifWriter.Region locate(String source, String pointer) {
        Path file = files.get(source);
        if (file == null || pointer == null) {
            return null;
        }
        Map<String, SarifWriter.Region> index = indexes.computeIfAbsent(source, s -> index(file));
        for (String p = pointer; p != null; p = parent(p)) {
            SarifWriter.Region region = index.get(p);
            if (region != null) {
                return region;
            }
        }
        return null;
    }

    /** Every value's pointer and start in the file; empty when the file cannot be read again. */
    static Map<String, SarifWriter.Region> index(Path file) {
        Map<String, SarifWriter.Region> index = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != null) {
                walk(parser, "", index);
            }
        } catch (IOException | RuntimeException e) {
            // The plan was read once already; if it changed or vanished since, the log simply has no regions.
        }
        return index;
    }

    private static void walk(JsonParser parser, String pointer, Map<String, SarifWriter.Region> index)
            throws IOException {
        JsonLocation location = parser.currentTokenLocation();
        if (location.getLineNr() > 0) {
            index.put(pointer, new SarifWriter.Region(location.getLineNr(), Math.max(location.getColumnNr(), 0)));
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                walk(parser, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), index);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, pointer + "/" + i++, index);
            }
        }
    }

    private static String parent(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
