package vn.tdkt.server.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON plan stands: its JSON Pointer and the lines from its start to its end, so that a finding
 * about a field of an uploaded JSON plan points at the field's lines as one about a document points at the document's.
 */
final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The first and last line of a value. */
    record Range(int first, int last) {
    }

    private JsonLines() {}

    /** Every value's pointer and lines; empty when the text is no JSON (it was read once already, so it is). */
    static Map<String, Range> index(String json) {
        Map<String, Range> index = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != null) {
                walk(parser, "", index);
            }
        } catch (IOException | RuntimeException e) {
            index.clear();
        }
        return index;
    }

    private static void walk(JsonParser parser, String pointer, Map<String, Range> index) throws IOException {
        int first = parser.currentTokenLocation().getLineNr();
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
        int last = parser.currentTokenLocation().getLineNr();
        index.put(pointer, new Range(first, Math.max(first, last)));
    }
}
