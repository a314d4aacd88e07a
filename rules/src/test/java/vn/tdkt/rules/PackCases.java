package vn.tdkt.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * Test cases as data: every pack folder holds {@code cases/*.yaml}, each a base plan and changes to it with the
 * findings they must and must not bring. One runner checks every pack's cases, one dynamic test per case, named
 * {@code "<pack> <file>: <name>"}.
 *
 * <pre>{@code
 * # base: a compliant plan of the pack's province, a plan JSON file beside the case files (cases/base.json)
 * base: base.json
 * # optional: the base plan itself has no VIOLATION of the pack (checked as one more test, "<file>: the base plan")
 * base-is-compliant: true
 * # optional: the day an undated plan is judged as of (default 2025-08-12)
 * today: 2025-08-12
 * cases:
 *   - name: 160 delegates are over the cap
 *     set: {/delegation/total: 160}     # JSON Pointer -> value, applied in order; null makes the fact "not stated";
 *                                       # "/list/-" appends to an array; missing objects on the way are created
 *     remove: [/delegation/list]        # optional, applied after set
 *     expect:                           # each finding must be reported: rule, severity and pointer, and the
 *       - {rule: HP-04, severity: VIOLATION, pointer: /delegation/total, found: "160"}  # Vietnamese found, exact
 *     silent: [HP-05]                   # rules that must report nothing at all
 * }</pre>
 *
 * <p>A case with neither {@code expect} nor {@code silent} is refused (a test must be able to fail), and so is one
 * that names a rule its pack does not have. A case where {@code expect} names a rule shows the rule firing; one where
 * {@code silent} names it shows it passing: the coverage gate and the clause matrices read the cases
 * ({@link #coverage}). The files are read from the source tree (the rules jar leaves {@code cases/} out).
 */
final class PackCases {
    static final Clock DEFAULT_TODAY = RuleAssertions.AUGUST_2025;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One expected finding. */
    record Expected(String rule, Severity severity, String pointer, String found) {
        String describe() {
            return rule + " " + severity + " on " + pointer + (found == null ? "" : " found \"" + found + "\"");
        }
    }

    /** One case: changes to the base plan, and what they must and must not bring. */
    record Case(String name, Map<String, JsonNode> set, List<String> remove, List<Expected> expect,
                List<String> silent) {
    }

    /** One case file of a pack. */
    record CaseFile(String pack, Path file, JsonNode base, boolean baseIsCompliant, Clock today, List<Case> cases) {
        String fileName() {
            return file.getFileName().toString();
        }

        String testName(Case c) {
            return pack + " " + fileName() + ": " + c.name();
        }
    }

    private PackCases() {}

    // ---- reading ----

    /** The case files of every pack folder of the root ({@code <root>/<pack>/cases/*.yaml}), in name order. */
    static List<CaseFile> read(Path packsRoot) {
        List<CaseFile> files = new ArrayList<>();
        try (Stream<Path> folders = Files.list(packsRoot)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path cases = folder.resolve("cases");
                if (!Files.isDirectory(cases)) {
                    continue;
                }
                try (Stream<Path> yamls = Files.list(cases)) {
                    for (Path yaml : yamls.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        files.add(readFile(folder.getFileName().toString(), yaml));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static CaseFile readFile(String pack, Path yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(yaml + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(yaml + ": not a mapping with base and cases");
        }
        known(yaml, "the file", root, Set.of("base", "base-is-compliant", "today", "cases"));
        if (!root.hasNonNull("base")) {
            throw new IllegalStateException(yaml + ": names no base plan (base: base.json)");
        }
        Path basePath = yaml.getParent().resolve(root.get("base").asText());
        JsonNode base;
        try {
            base = PlanJson.mapper().readTree(Files.readString(basePath));
        } catch (IOException e) {
            throw new IllegalStateException(yaml + ": cannot read the base plan " + basePath + ": " + e.getMessage(), e);
        }
        Clock today = DEFAULT_TODAY;
        if (root.hasNonNull("today")) {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            today = Clock.fixed(LocalDate.parse(root.get("today").asText()).atStartOfDay(zone).toInstant(), zone);
        }
        List<Case> cases = new ArrayList<>();
        JsonNode list = root.path("cases");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(yaml + ": no cases");
        }
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode c : list) {
            Case read = readCase(yaml, c);
            if (!names.add(read.name())) {
                throw new IllegalStateException(yaml + ": two cases are named \"" + read.name() + "\"");
            }
            cases.add(read);
        }
        return new CaseFile(pack, yaml, base, root.path("base-is-compliant").asBoolean(false), today, cases);
    }

    private static Case readCase(Path yaml, JsonNode c) {
        String name = c.path("name").asText(null);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(yaml + ": a case has no name: " + c);
        }
        String where = "case \"" + name + "\"";
        known(yaml, where, c, Set.of("name", "set", "remove", "expect", "silent"));
        Map<String, JsonNode> set = new LinkedHashMap<>();
        if (c.has("set")) {
            if (!c.get("set").isObject()) {
                throw new IllegalStateException(yaml + ": " + where + ": set is a mapping of JSON Pointer to value");
            }
            c.get("set").fields().forEachRemaining(e -> set.put(pointer(yaml, where, e.getKey()), e.getValue()));
        }
        List<String> remove = new ArrayList<>();
        c.path("remove").forEach(p -> remove.add(pointer(yaml, where, p.asText())));
        List<Expected> expect = new ArrayList<>();
        for (JsonNode e : c.path("expect")) {
            known(yaml, where + " expect", e, Set.of("rule", "severity", "pointer", "found"));
            if (!e.hasNonNull("rule") || !e.hasNonNull("severity") || !e.hasNonNull("pointer")) {
                throw new IllegalStateException(yaml + ": " + where + ": an expected finding names its rule, severity "
                        + "and pointer: " + e);
            }
            expect.add(new Expected(e.get("rule").asText(), Severity.valueOf(e.get("severity").asText()),
                    e.get("pointer").asText(), e.hasNonNull("found") ? e.get("found").asText() : null));
        }
        List<String> silent = new ArrayList<>();
        c.path("silent").forEach(s -> silent.add(s.asText()));
        if (expect.isEmpty() && silent.isEmpty()) {
            throw new IllegalStateException(yaml + ": " + where + " has neither expect nor silent: it could not fail");
        }
        return new Case(name, set, remove, expect, silent);
    }

    private static void known(Path yaml, String where, JsonNode node, Set<String> keys) {
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new IllegalStateException(yaml + ": " + where + ": unknown key " + k + "; the keys are " + keys);
            }
        });
    }

    private static String pointer(Path yaml, String where, String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalStateException(yaml + ": " + where + ": " + pointer + " is not a JSON Pointer (/a/b)");
        }
        return pointer;
    }

    // ---- applying the changes ----

    /** The base plan with the case's changes. */
    static JsonNode apply(JsonNode base, Case c) {
        JsonNode plan = base.deepCopy();
        c.set().forEach((pointer, value) -> set(plan, pointer, value));
        c.remove().forEach(pointer -> remove(plan, pointer));
        return plan;
    }

    static void set(JsonNode root, String pointer, JsonNode value) {
        List<String> tokens = tokens(pointer);
        JsonNode parent = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String token = tokens.get(i);
            JsonNode next = child(parent, token);
            if (next == null || next.isNull()) {
                if (!parent.isObject()) {
                    throw new IllegalArgumentException(pointer + ": nothing at " + token);
                }
                next = ((ObjectNode) parent).putObject(token);
            }
            parent = next;
        }
        String last = tokens.get(tokens.size() - 1);
        JsonNode copy = value == null ? JsonNodeFactory.instance.nullNode() : value.deepCopy();
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, copy);
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if (last.equals("-")) {
                array.add(copy);
            } else {
                int index = Integer.parseInt(last);
                if (index == array.size()) {
                    array.add(copy);
                } else {
                    array.set(index, copy);
                }
            }
        } else {
            throw new IllegalArgumentException(pointer + ": the parent is neither an object nor an array");
        }
    }

    static void remove(JsonNode root, String pointer) {
        List<String> tokens = tokens(pointer);
        JsonNode parent = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            parent = child(parent, tokens.get(i));
            if (parent == null) {
                throw new IllegalArgumentException(pointer + ": nothing to remove");
            }
        }
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject() && parent.has(last)) {
            ((ObjectNode) parent).remove(last);
        } else if (parent.isArray() && Integer.parseInt(last) < parent.size()) {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
        } else {
            throw new IllegalArgumentException(pointer + ": nothing to remove");
        }
    }

    private static JsonNode child(JsonNode parent, String token) {
        if (parent.isArray()) {
            int index = Integer.parseInt(token);
            return index < parent.size() ? parent.get(index) : null;
        }
        return parent.get(token);
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String t : pointer.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    // ---- running ----

    /** The dynamic tests of the cases of every pack of the shipped packs' folders, on the class path's packs. */
    static Stream<DynamicTest> shipped() {
        return tests(ShippedPacks.PACKS, ComplianceEngine::forPack);
    }

    /**
     * The dynamic tests of the cases of every pack of a directory of packs read at run time (as a host would read it
     * with {@code Packs.onClassPath().withDirectory(root)}).
     */
    static Stream<DynamicTest> fromDirectory(Path packsRoot) {
        Packs packs = Packs.onClassPath().withDirectory(packsRoot);
        return tests(packsRoot, packs::engine);
    }

    /** The dynamic tests of the cases under the root, each pack's evaluated with the engine the function gives. */
    static Stream<DynamicTest> tests(Path packsRoot, Function<String, ComplianceEngine> engines) {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile file : read(packsRoot)) {
            if (file.baseIsCompliant()) {
                tests.add(DynamicTest.dynamicTest(file.pack() + " " + file.fileName() + ": the base plan",
                        file.file().toUri(), () -> {
                            Report report = evaluate(engines, file, file.base());
                            List<Finding> violations = report.findings(Severity.VIOLATION);
                            if (!violations.isEmpty()) {
                                throw new AssertionError(file.file() + ": the base plan is said to be compliant, but "
                                        + "has violations: " + violations);
                            }
                        }));
            }
            for (Case c : file.cases()) {
                tests.add(DynamicTest.dynamicTest(file.testName(c), file.file().toUri(),
                        () -> run(engines, file, c)));
            }
        }
        return tests.stream();
    }

    static void run(Function<String, ComplianceEngine> engines, CaseFile file, Case c) {
        Set<String> rules = engines.apply(file.pack()).descriptor().rules().keySet();
        List<String> named = new ArrayList<>(c.silent());
        c.expect().forEach(e -> named.add(e.rule()));
        for (String rule : named) {
            if (!rules.contains(rule)) {
                throw new AssertionError(file.testName(c) + ": pack " + file.pack() + " has no rule " + rule);
            }
        }
        Report report = evaluate(engines, file, apply(file.base(), c));
        List<String> failures = failures(report, c);
        if (!failures.isEmpty()) {
            throw new AssertionError(file.testName(c) + " (" + file.file() + "):\n  " + String.join("\n  ", failures)
                    + "\nthe findings were:\n  " + String.join("\n  ", report.findings().stream()
                    .map(PackCases::describe).toList()));
        }
    }

    /** What the report lacks of the case's expectations, or has against them; empty when it meets them. */
    static List<String> failures(Report report, Case c) {
        List<String> failures = new ArrayList<>();
        for (Expected e : c.expect()) {
            boolean found = report.findings(e.rule()).stream().anyMatch(f -> f.severity() == e.severity()
                    && e.pointer().equals(f.pointer())
                    && (e.found() == null || (f.found() != null && e.found().equals(f.found().vi()))));
            if (!found) {
                failures.add("expected " + e.describe());
            }
        }
        for (String rule : c.silent()) {
            if (!report.findings(rule).isEmpty()) {
                failures.add(rule + " was to stay silent: " + report.findings(rule).stream()
                        .map(PackCases::describe).toList());
            }
        }
        return failures;
    }

    private static Report evaluate(Function<String, ComplianceEngine> engines, CaseFile file, JsonNode json) {
        Plan plan = PlanJson.read(json.toString(), file.file().toString());
        return engines.apply(file.pack()).withClock(file.today()).evaluate(plan, file.file().toString());
    }

    static String describe(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.pointer()
                + (f.found() == null ? "" : " found \"" + f.found().vi() + "\"");
    }

    // ---- coverage ----

    /** What the cases show: each expected rule fires in its case, each silent one passes. */
    static List<RuleCoverage.Hit> coverage(List<CaseFile> files) {
        List<RuleCoverage.Hit> hits = new ArrayList<>();
        for (CaseFile file : files) {
            for (Case c : file.cases()) {
                String test = file.fileName() + ": " + c.name();
                c.expect().forEach(e -> hits.add(new RuleCoverage.Hit(file.pack(), e.rule(), RuleCoverage.Outcome.FIRES,
                        test)));
                c.silent().forEach(r -> hits.add(new RuleCoverage.Hit(file.pack(), r, RuleCoverage.Outcome.PASSES,
                        test)));
            }
        }
        return hits;
    }

    /** The coverage of the shipped packs' rules by their cases alone. */
    static RuleCoverage.Report shippedCoverage() {
        return RuleCoverage.check(ShippedPacks.rulesByPack(), coverage(read(ShippedPacks.PACKS)));
    }
}
