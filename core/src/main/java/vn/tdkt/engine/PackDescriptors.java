package vn.tdkt.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.finding.LocalizedText;

/**
 * Reads pack descriptors from the class path. Each jar that holds packs lists them in {@value #INDEX}: one resource
 * path of a {@code pack.yaml} per line. A pack may include others ({@code includes: [common]}); their rules and
 * parameters are merged in, the including pack's own entries winning.
 *
 * <p>A pack may also name a {@code parent}: a baseline whose values it may only tighten. Nothing of the parent is
 * merged in; the descriptor holds the parent's own descriptor ({@link PackDescriptor#parent()}) so that the build can
 * check the pack against it ({@link Tightening}). A baseline need not be listed, and a pack without rules (such as a
 * baseline) needs no kbase; a listed pack does.
 */
final class PackDescriptors {
    static final String INDEX = "META-INF/tdkt/packs.idx";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PackDescriptors() {}

    /** A pack.yaml as written: the parts that are merged with included packs before they become a descriptor. */
    record Source(String id, String version, String jurisdiction, List<String> provinces, String kbase,
                  Boolean listed, List<String> includes, String parent, GuidanceDocument guidance,
                  String beforeDayReading, Map<String, ParameterSource> parameters, Map<String, RuleSource> rules) {
        boolean isListed() {
            return listed == null || listed;
        }
    }

    /** {@code direction}: how a pack whose parent this is may differ from it (max, min, no-later, same, superset). */
    record ParameterSource(String description, List<ParameterValue> values, String direction) {
    }

    record RuleSource(String document, String clause, String text, LocalizedText title, List<String> parameters,
                      Map<String, LocalizedText> messages, Map<String, vn.tdkt.finding.Citation> citations,
                      List<String> unbinding) {
    }

    static Map<String, PackDescriptor> load(ClassLoader loader) {
        Map<String, Source> sources = new LinkedHashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                for (String path : readLines(index)) {
                    Source source = read(loader, path);
                    if (sources.putIfAbsent(source.id(), source) != null) {
                        throw new PackException("pack " + source.id() + " is defined twice on the class path");
                    }
                }
            }
        } catch (IOException e) {
            throw new PackException("cannot read the pack index " + INDEX + ": " + e.getMessage(), e);
        }
        Map<String, PackDescriptor> merged = new LinkedHashMap<>();
        Map<String, PackDescriptor> packs = new LinkedHashMap<>();
        sources.values().stream()
                .filter(Source::isListed)
                .forEach(s -> {
                    if (s.kbase() == null) {
                        throw new PackException("pack " + s.id() + " is listed but names no kbase; a pack without "
                                + "rules (a baseline) is declared with listed: false");
                    }
                    packs.put(s.id(), resolve(s, sources, merged, new ArrayList<>()));
                });
        return packs;
    }

    /** The descriptor of a pack, with its parent's descriptor, each built once. */
    private static PackDescriptor resolve(Source source, Map<String, Source> all, Map<String, PackDescriptor> done,
                                          List<String> path) {
        PackDescriptor known = done.get(source.id());
        if (known != null) {
            return known;
        }
        if (path.contains(source.id())) {
            throw new PackException("packs name each other as parent in a cycle: " + path + " -> " + source.id());
        }
        path.add(source.id());
        PackDescriptor parent = null;
        if (source.parent() != null) {
            Source parentSource = all.get(source.parent());
            if (parentSource == null) {
                throw new PackException("pack " + source.id() + " names unknown pack " + source.parent()
                        + " as its parent");
            }
            parent = resolve(parentSource, all, done, path);
        }
        path.remove(path.size() - 1);
        PackDescriptor descriptor = merge(source, all, parent);
        done.put(source.id(), descriptor);
        return descriptor;
    }

    private static List<String> readLines(URL index) throws IOException {
        try (InputStream in = index.openStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static Source read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new PackException("the pack index names " + path + ", which is not on the class path");
            }
            return YAML.readValue(in, Source.class);
        } catch (IOException e) {
            throw new PackException("cannot read pack descriptor " + path + ": " + e.getMessage(), e);
        }
    }

    private static PackDescriptor merge(Source pack, Map<String, Source> all, PackDescriptor parent) {
        Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
        Map<String, RuleDescription> rules = new LinkedHashMap<>();
        List<Source> chain = new ArrayList<>();
        collect(pack, all, chain, new ArrayList<>());
        for (Source source : chain) {
            if (source.parameters() != null) {
                source.parameters().forEach((name, p) ->
                        parameters.put(name, definition(source.id(), name, p)));
            }
            if (source.rules() != null) {
                if (source.kbase() == null && !source.rules().isEmpty()) {
                    throw new PackException("pack " + source.id() + " describes rules " + source.rules().keySet()
                            + " but names no kbase that holds them");
                }
                source.rules().forEach((id, r) ->
                        rules.put(id, new RuleDescription(id, r.document(), r.clause(), r.text(), r.title(),
                                r.parameters(), r.messages(), r.citations(), r.unbinding())));
            }
        }
        String reading = pack.beforeDayReading() == null ? "BOUNDARY_IS_WARNING" : pack.beforeDayReading();
        return new PackDescriptor(pack.id(), pack.version(), pack.jurisdiction(), pack.provinces(), pack.kbase(),
                pack.guidance(), parameters, rules, reading, parent);
    }

    private static ParameterDefinition definition(String pack, String name, ParameterSource p) {
        try {
            ParameterDefinition.Direction direction = p.direction() == null ? null
                    : ParameterDefinition.Direction.of(p.direction());
            return new ParameterDefinition(name, p.description(), p.values(), direction);
        } catch (IllegalArgumentException e) {
            throw new PackException("pack " + pack + ", parameter " + name + ": " + e.getMessage(), e);
        }
    }

    /** Included packs first, so that the including pack overrides them. */
    private static void collect(Source source, Map<String, Source> all, List<Source> chain, List<String> path) {
        if (path.contains(source.id())) {
            throw new PackException("packs include each other in a cycle: " + path + " -> " + source.id());
        }
        path.add(source.id());
        if (source.includes() != null) {
            for (String included : source.includes()) {
                Source child = all.get(included);
                if (child == null) {
                    throw new PackException("pack " + source.id() + " includes unknown pack " + included);
                }
                collect(child, all, chain, path);
            }
        }
        path.remove(path.size() - 1);
        if (!chain.contains(source)) {
            chain.add(source);
        }
    }
}
