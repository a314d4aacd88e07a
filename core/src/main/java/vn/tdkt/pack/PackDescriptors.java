package vn.tdkt.pack;

import vn.tdkt.finding.GuidanceDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Severity;

/**
 * Reads pack descriptors ({@code pack.yaml}) and binds their rules to the checks of the {@link CheckCatalogue}. A
 * pack may include others ({@code includes: [common]}, leaving out some of their rules with {@code exclude}); their
 * rules and parameters are merged in, the including pack's own entries winning. A pack may name a {@code parent}: a
 * baseline it may only tighten; nothing of the parent is merged in.
 *
 * <p>Every error names the file, the line and the key: a pack is written by an official, not a programmer.
 */
final class PackDescriptors {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PackDescriptors() {}

    /** A pack.yaml as written, with where it was read from and the lines of its keys. */
    record Source(String id, String version, String jurisdiction, List<String> provinces, Boolean listed,
                  Boolean fallback, Severity severityCap, LocalizedText note, List<String> includes,
                  List<String> exclude, String parent, GuidanceDocument guidance,
                  Map<String, ParameterSource> parameters, Map<String, RuleSource> rules) {
        boolean isListed() {
            return listed == null || listed;
        }
    }

    /** {@code direction}: how a pack whose parent this is may differ from it (max, min, no-later, same, superset). */
    record ParameterSource(String description, List<ParameterValue> values, String direction) {
    }

    /**
     * One rule of a pack's catalogue: the check (or checks) it binds, its clause and words, and what it says
     * otherwise than the checks' catalogue (title, messages, the severity of an outcome).
     */
    record RuleSource(String document, String check, List<String> checks, String clause, String text,
                      LocalizedText title, Map<String, LocalizedText> messages, Map<String, Severity> severity,
                      Map<String, Citation> citations, List<String> unbinding) {
        List<String> bound() {
            List<String> all = new ArrayList<>();
            if (check != null) {
                all.add(check);
            }
            if (checks != null) {
                all.addAll(checks);
            }
            return all;
        }
    }

    /**
     * A pack.yaml read, with where from and its text, whose key lines are found only when an error names one (the
     * shipped packs are read at every start, and have none).
     */
    record Read(Source source, String origin, String yaml) {
        PackFormatException error(String key, String message) {
            int line = YamlLines.of(yaml).line(key);
            return new PackFormatException(origin + (line > 0 ? ":" + line : "") + ": " + key + ": " + message);
        }
    }

    /**
     * Parses one pack.yaml; {@code origin} names it in errors (a file path or a class path resource). A pack from a
     * directory is validated against the pack schema first; the build validates those of the class path.
     */
    static Read parse(String yaml, String origin, boolean validate) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            if (tree == null || !tree.isObject()) {
                throw new PackFormatException(origin + ": a pack.yaml is a mapping of keys (id, version, guidance, "
                        + "parameters, rules …), not " + (tree == null ? "empty" : tree.getNodeType().toString().toLowerCase()));
            }
            if (validate) {
                PackSchema.validate(tree, origin, () -> YamlLines.of(yaml));
            }
            return new Read(YAML.treeToValue(tree, Source.class), origin, yaml);
        } catch (JsonMappingException e) {
            String key = key(e);
            int line = YamlLines.of(yaml).line(key);
            throw new PackFormatException(origin + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ")
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PackFormatException(origin + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String key(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (key.length() > 0) {
                key.append('.');
            }
            key.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return key.toString();
    }

    static Read read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new PackFormatException("the pack index names " + path + ", which is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path, false);
        } catch (IOException e) {
            throw new PackFormatException("cannot read pack descriptor " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The descriptors of the listed packs among {@code reads}, with their parents, resolved against {@code known}
     * (packs read before: a pack of a directory may include or name as parent a pack of the class path).
     */
    static Map<String, PackDescriptor> resolve(List<Read> reads, Map<String, Read> known, CheckCatalogue catalogue) {
        Map<String, Read> all = new LinkedHashMap<>(known);
        for (Read read : reads) {
            if (read.source().id() == null) {
                throw read.error("id", "a pack has an id (its folder's name, such as quang-ninh)");
            }
            Read before = all.put(read.source().id(), read);
            if (before != null && before != read) {
                throw read.error("id", "pack " + read.source().id() + " is defined twice (also in " + before.origin() + ")");
            }
        }
        Map<String, PackDescriptor> done = new LinkedHashMap<>();
        Map<String, PackDescriptor> packs = new LinkedHashMap<>();
        for (Read read : reads) {
            if (read.source().isListed()) {
                packs.put(read.source().id(), resolve(read, all, done, new ArrayList<>(), catalogue));
            }
        }
        return packs;
    }

    /** The descriptor of a pack, with its parent's descriptor, each built once. */
    private static PackDescriptor resolve(Read read, Map<String, Read> all, Map<String, PackDescriptor> done,
                                          List<String> path, CheckCatalogue catalogue) {
        Source source = read.source();
        PackDescriptor known = done.get(source.id());
        if (known != null) {
            return known;
        }
        if (path.contains(source.id())) {
            throw read.error("parent", "packs name each other as parent in a cycle: " + path + " -> " + source.id());
        }
        path.add(source.id());
        PackDescriptor parent = null;
        if (source.parent() != null) {
            Read parentRead = all.get(source.parent());
            if (parentRead == null) {
                throw read.error("parent", "no pack " + source.parent() + "; the packs are " + all.keySet());
            }
            parent = resolve(parentRead, all, done, path, catalogue);
        }
        path.remove(path.size() - 1);
        PackDescriptor descriptor = PackBinding.bind(read, chain(read, all), catalogue, parent);
        done.put(source.id(), descriptor);
        return descriptor;
    }

    /** Included packs first, so that the including pack overrides them. */
    private static List<Read> chain(Read read, Map<String, Read> all) {
        List<Read> chain = new ArrayList<>();
        collect(read, all, chain, new ArrayList<>());
        return chain;
    }

    private static void collect(Read read, Map<String, Read> all, List<Read> chain, List<String> path) {
        Source source = read.source();
        if (path.contains(source.id())) {
            throw read.error("includes", "packs include each other in a cycle: " + path + " -> " + source.id());
        }
        path.add(source.id());
        if (source.includes() != null) {
            for (int i = 0; i < source.includes().size(); i++) {
                Read child = all.get(source.includes().get(i));
                if (child == null) {
                    throw read.error("includes", "no pack " + source.includes().get(i) + "; the packs are " + all.keySet());
                }
                collect(child, all, chain, path);
            }
        }
        path.remove(path.size() - 1);
        if (!chain.contains(read)) {
            chain.add(read);
        }
    }
}
