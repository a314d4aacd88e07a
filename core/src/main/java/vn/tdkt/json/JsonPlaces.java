package vn.tdkt.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text stands, by its JSON Pointer: the line and column where it starts and the line where
 * it ends. Outputs use it to point a finding about a field of a JSON plan at the field's lines (a SARIF region, the
 * server's page), as a finding about a document points at the document's lines.
 */
public final class JsonPlaces {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Where a value stands.
     *
     * @param line     the line where it starts (1-based)
     * @param column   the column where it starts (1-based; 0 when unknown)
     * @param lastLine the line where it ends; its start line for a scalar
     */
    public record Place(int line, int column, int lastLine) {
    }

    private JsonPlaces() {}

    /**
     * Every value's pointer and place ({@code ""} for the whole text). A text that is no JSON, or that fails part way,
     * gives an empty map: the callers read it once already, so a failure here only leaves the places out.
     */
    public static Map<String, Place> of(Reader json) {
        Map<String, Place> places = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != null) {
                walk(parser, "", places);
            }
        } catch (IOException | RuntimeException e) {
            places.clear();
        }
        return places;
    }

    private static void walk(JsonParser parser, String pointer, Map<String, Place> places) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        int column = Math.max(parser.currentTokenLocation().getColumnNr(), 0);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                walk(parser, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), places);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, pointer + "/" + i++, places);
            }
        }
        if (line > 0) {
            int last = parser.currentTokenLocation().getLineNr();
            places.put(pointer, new Place(line, column, Math.max(line, last)));
        }
    }
}
