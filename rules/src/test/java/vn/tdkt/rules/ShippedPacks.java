package vn.tdkt.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackDescriptor;

/**
 * The packs this module ships, read from its sources: the listed packs of {@code META-INF/tdkt/packs.idx} (not the
 * fixtures that tests put on the class path), the DRL files of each pack's kbase as {@code kmodule.xml} assembles it,
 * and each pack's README.
 */
final class ShippedPacks {
    static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path INDEX = RESOURCES.resolve("META-INF/tdkt/packs.idx");
    private static final Path KMODULE = RESOURCES.resolve("META-INF/kmodule.xml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A DRL rule block, from its name to its "end": the id and the body. */
    static final Pattern RULE = Pattern.compile(
            "^rule \"[^\"]*\"\\s*@ruleId\\(\"([A-Z]+-\\d+)\"\\)(.*?)\\nend\\b", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern ANY_RULE = Pattern.compile("^rule \"", Pattern.MULTILINE);
    /** A parameter a rule reads: {@code $p.integer("delegates.max")}. */
    static final Pattern PARAMETER = Pattern.compile("\\$p\\.(?:integer|decimal|date|text|texts)\\(\"([a-zA-Z.]+)\"\\)");

    private ShippedPacks() {}

    /** The listed packs of this module, by id. */
    static List<PackDescriptor> listed() {
        List<PackDescriptor> packs = new ArrayList<>();
        for (String path : lines(INDEX)) {
            JsonNode yaml = readYaml(RESOURCES.resolve(path));
            if (!yaml.has("listed") || yaml.get("listed").asBoolean()) {
                packs.add(ComplianceEngine.forPack(yaml.get("id").asText()).descriptor());
            }
        }
        packs.sort(Comparator.comparing(PackDescriptor::id));
        return packs;
    }

    /** pack id → its rule ids, for every listed pack. */
    static Map<String, List<String>> rulesByPack() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        listed().forEach(p -> rules.put(p.id(), List.copyOf(p.rules().keySet())));
        return rules;
    }

    static Path readme(String packId) {
        return RESOURCES.resolve("vn/tdkt/packs").resolve(packId).resolve("README.md");
    }

    /** The DRL packages of a kbase: its own first, then those of the kbases it includes. */
    static List<String> packagesOf(String kbase) {
        Map<String, Element> kbases = kbases();
        Set<String> packages = new LinkedHashSet<>();
        collectPackages(kbase, kbases, packages, new ArrayList<>());
        return List.copyOf(packages);
    }

    /** The DRL packages of the kbase itself, without those it includes. */
    static List<String> ownPackagesOf(String kbase) {
        Element element = kbases().get(kbase);
        if (element == null) {
            throw new IllegalStateException("kmodule.xml has no kbase " + kbase);
        }
        return split(element.getAttribute("packages"));
    }

    /**
     * rule id → the source of its DRL rules (several rules may share an id), over the given packages' DRL files in
     * name order. Fails on a DRL rule that names no @ruleId right after its name.
     */
    static Map<String, List<String>> ruleBodies(List<String> packages) {
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (String pkg : packages) {
            Path dir = RESOURCES.resolve(pkg.replace('.', '/'));
            for (Path drl : drlFiles(dir)) {
                String text = read(drl).replace("\r\n", "\n");
                Matcher rule = RULE.matcher(text);
                int found = 0;
                while (rule.find()) {
                    bodies.computeIfAbsent(rule.group(1), k -> new ArrayList<>()).add(rule.group(2));
                    found++;
                }
                long declared = ANY_RULE.matcher(text).results().count();
                if (declared != found) {
                    throw new IllegalStateException(drl + " declares " + declared + " rules but " + found
                            + " of them have @ruleId right after the rule's name");
                }
            }
        }
        return bodies;
    }

    /** rule id → the parameters its DRL rules read, sorted. */
    static Map<String, Set<String>> parametersByRule(List<String> packages) {
        Map<String, Set<String>> parameters = new LinkedHashMap<>();
        ruleBodies(packages).forEach((id, bodies) -> {
            Set<String> names = new java.util.TreeSet<>();
            for (String body : bodies) {
                PARAMETER.matcher(body).results().forEach(m -> names.add(m.group(1)));
            }
            parameters.put(id, names);
        });
        return parameters;
    }

    private static void collectPackages(String kbase, Map<String, Element> kbases, Set<String> into, List<String> path) {
        Element element = kbases.get(kbase);
        if (element == null) {
            throw new IllegalStateException("kmodule.xml has no kbase " + kbase);
        }
        if (path.contains(kbase)) {
            throw new IllegalStateException("kbases include each other: " + path + " -> " + kbase);
        }
        path.add(kbase);
        into.addAll(split(element.getAttribute("packages")));
        for (String included : split(element.getAttribute("includes"))) {
            collectPackages(included, kbases, into, path);
        }
        path.remove(path.size() - 1);
    }

    private static Map<String, Element> kbases() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(KMODULE.toFile());
            NodeList nodes = document.getElementsByTagNameNS("*", "kbase");
            Map<String, Element> kbases = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                kbases.put(e.getAttribute("name"), e);
            }
            return kbases;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + KMODULE + ": " + e.getMessage(), e);
        }
    }

    private static List<String> split(String list) {
        return Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Path> drlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
