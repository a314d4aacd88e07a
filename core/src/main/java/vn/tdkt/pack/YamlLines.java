package vn.tdkt.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each key of a YAML document, by its path ({@code rules.HP-04.check}), so that an error found after
 * the document was read still names the line an official has to correct.
 */
final class YamlLines {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> indexes = new ArrayDeque<>();
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        field = parser.currentName();
                        lines.putIfAbsent(join(path, field), parser.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String key = element(field, indexes);
                        if (key != null) {
                            path.addLast(key);
                        } else if (!indexes.isEmpty() || !path.isEmpty()) {
                            path.addLast("?");
                        }
                        indexes.push(token == JsonToken.START_ARRAY ? new int[] {0} : new int[] {-1});
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        indexes.pop();
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                        field = null;
                    }
                    default -> {
                        element(field, indexes);
                        field = null;
                    }
                }
            }
        } catch (IOException e) {
            // a document that cannot be parsed has no lines to give; the parse error names its own
        }
        return new YamlLines(lines);
    }

    /** The key of the value that starts now: the field's name, or the index in the enclosing list. */
    private static String element(String field, Deque<int[]> indexes) {
        if (field != null) {
            return field;
        }
        if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
            return String.valueOf(indexes.peek()[0]++);
        }
        return null;
    }

    private static String join(Deque<String> path, String field) {
        return path.isEmpty() ? field : String.join(".", path) + "." + field;
    }

    /** The line of the key, or of its nearest enclosing key; 0 when none is known. */
    int line(String key) {
        for (String k = key; k != null && !k.isEmpty(); k = k.contains(".") ? k.substring(0, k.lastIndexOf('.')) : null) {
            Integer line = lines.get(k);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }
}
