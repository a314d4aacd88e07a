package vn.tdkt.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdkt.json.JsonPlaces;
import vn.tdkt.sarif.SarifWriter;

/**
 * Finds where a JSON Pointer's value starts in a plan file, so that a SARIF viewer opens the plan at the line a
 * finding is about. A pointer to a fact the plan does not state falls back to the nearest enclosing one that it does.
 */
final class PointerLocator implements SarifWriter.Locator {
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
        try (Reader in = Files.newBufferedReader(file)) {
            JsonPlaces.of(in).forEach((pointer, place) ->
                    index.put(pointer, new SarifWriter.Region(place.line(), place.column())));
        } catch (IOException | RuntimeException e) {
            // The plan was read once already; if it changed or vanished since, the log simply has no regions.
        }
        return index;
    }

    private static String parent(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
