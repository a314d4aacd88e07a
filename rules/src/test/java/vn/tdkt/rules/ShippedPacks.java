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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackLibrary;
import vn.tdkt.finding.RuleDescription;

/**
 * The packs this module ships, read from its sources: the listed packs are the folders
 * {@code src/main/resources/vn/tdkt/packs/<id>/pack.yaml} that do not say {@code listed: false} (never the fixtures
 * that tests put on the class path); a pack's rules are its bindings; the DRL bodies of a rule are those of the DRL
 * rules of the checks it binds, found by their {@code Check( id == "…" )} pattern in every DRL file of the sources.
 */
final class ShippedPacks {
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path PACKS = RESOURCES.resolve("vn/tdkt/packs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A DRL rule, from its name to its {@code end}. */
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]*)\"(.*?)^end\\b",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern ANY_RULE = Pattern.compile("^rule\\s", Pattern.MULTILINE);
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    /** The fact of a check that a DRL rule matches. */
    static final Pattern CHECK = Pattern.compile("\\bCheck\\(\\s*id\\s*==\\s*\"([^\"]+)\"\\s*\\)");
    /** A parameter a rule reads: {@code $p.integer("delegates.max")}. */
    static final Pattern PARAMETER = Pattern.compile(
            "\\$\\w+\\.(?:integer|decimal|date|texts|text)\\(\"([^\"]+)\"\\)");

    /**
     * One DRL rule of the sources.
     *
     * @param file  the DRL file, relative to the resources
     * @param name  the rule's name
     * @param check the id of the check whose fact it matches
     * @param body  the text from {@code when} to {@code end}
     */
    record DrlRule(String file, String name, String check, String body) {
    }

    private ShippedPacks() {}

    /** The ids of the listed packs: the pack folders whose pack.yaml does not say {@code listed: false}, sorted. */
    static List<String> listedIds() {
        List<String> ids = new ArrayList<>();
        for (Path file : packFiles()) {
            JsonNode yaml = readYaml(file);
            if (!yaml.has("listed") || yaml.get("listed").asBoolean()) {
                ids.add(file.getParent().getFileName().toString());
            }
        }
        return ids;
    }

    /** Every pack.yaml of the sources, in the order of their folders. */
    static List<Path> packFiles() {
        try (Stream<Path> folders = Files.list(PACKS)) {
            return folders.map(f -> f.resolve("pack.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listed packs of this module, by id. */
    static List<PackDescriptor> listed() {
        List<PackDescriptor> packs = new ArrayList<>();
        for (String id : listedIds()) {
            packs.add(PackLibrary.onClassPath().descriptor(id));
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
        return PACKS.resolve(packId).resolve("README.md");
    }

    /** Every DRL file under the resources, sorted. */
    static List<Path> drlFiles() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every DRL rule of the sources, in file order. Fails on a rule that matches no check or two. */
    static List<DrlRule> drlRules() {
        List<DrlRule> rules = new ArrayList<>();
        for (Path drl : drlFiles()) {
            String text = read(drl).replace("\r\n", "\n");
            String file = RESOURCES.relativize(drl).toString().replace('\\', '/');
            Matcher rule = RULE.matcher(text);
            int found = 0;
            while (rule.find()) {
                String rest = rule.group(2);
                Matcher when = WHEN.matcher(rest);
                if (!when.find()) {
                    throw new IllegalStateException(file + ": rule \"" + rule.group(1) + "\" has no when");
                }
                String body = rest.substring(when.start()) + "end";
                Set<String> checks = new TreeSet<>();
                CHECK.matcher(body).results().forEach(m -> checks.add(m.group(1)));
                if (checks.size() != 1) {
                    throw new IllegalStateException(file + ": rule \"" + rule.group(1) + "\" matches " + checks.size()
                            + " checks " + checks + "; every rule matches the fact of exactly one");
                }
                rules.add(new DrlRule(file, rule.group(1), checks.iterator().next(), body));
                found++;
            }
            long declared = ANY_RULE.matcher(text).results().count();
            if (declared != found) {
                throw new IllegalStateException(drl + " declares " + declared + " rules but " + found + " were read");
            }
        }
        return rules;
    }

    /** check id → its DRL rules. */
    static Map<String, List<DrlRule>> rulesByCheck() {
        Map<String, List<DrlRule>> byCheck = new TreeMap<>();
        drlRules().forEach(r -> byCheck.computeIfAbsent(r.check(), k -> new ArrayList<>()).add(r));
        return byCheck;
    }

    /** rule id → the DRL bodies of the rules of the checks it binds, for every rule of the pack. */
    static Map<String, List<String>> ruleBodies(PackDescriptor pack) {
        Map<String, List<DrlRule>> byCheck = rulesByCheck();
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (RuleDescription rule : pack.rules().values()) {
            List<String> own = new ArrayList<>();
            for (String check : rule.checks()) {
                byCheck.getOrDefault(check, List.of()).forEach(r -> own.add(r.body()));
            }
            bodies.put(rule.id(), own);
        }
        return bodies;
    }

    /** The parameters a DRL text reads, sorted. */
    static Set<String> parametersIn(String drl) {
        Set<String> names = new TreeSet<>();
        PARAMETER.matcher(drl).results().forEach(m -> names.add(m.group(1)));
        return names;
    }

    /** rule id → the parameters its checks' DRL rules read, sorted. */
    static Map<String, Set<String>> parametersByRule(PackDescriptor pack) {
        Map<String, Set<String>> parameters = new LinkedHashMap<>();
        ruleBodies(pack).forEach((id, bodies) -> {
            Set<String> names = new TreeSet<>();
            bodies.forEach(b -> names.addAll(parametersIn(b)));
            parameters.put(id, names);
        });
        return parameters;
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
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
