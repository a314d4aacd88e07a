package vn.tdkt.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
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
import java.util.stream.Stream;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackException;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * A pack's tests as data: a pack folder holds {@code cases/*.yaml}, each a base plan and changes to it with the
 * findings they must and must not bring. The build runs the shipped packs' cases, and {@code tdkt pack test DIR} runs
 * those of a directory of packs, so that an official who writes a pack tests it without a build.
 *
 * <pre>{@code
 * # base: a compliant plan of the pack's province, a plan JSON file beside the case files (cases/base.json)
 * base: base.json
 * # optional: the base plan itself has no VIOLATION of the pack (checked as one more case, "the base plan")
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
 * <p>A case with neither {@code expect} nor {@code silent} is refused (a case must be able to fail), and so is one
 * that names a rule its pack does not have. A case where {@code expect} names a rule shows the rule firing; one where
 * {@code silent} names it shows it passing.
 */
public final class PackCases {
    /** The day an undated plan of a case is judged as of, unless its file says otherwise. */
    public static final Clock DEFAULT_TODAY = Clock.fixed(LocalDate.of(2025, 8, 12)
            .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * One expected finding: the report must hold a finding of the rule with this severity and pointer.
     *
     * @param rule     the rule's id ("HP-04"), which the pack must have
     * @param severity the severity the finding must have
     * @param pointer  the JSON Pointer the finding must be about
     * @param found    the finding's Vietnamese found value, matched exactly; null when any will do
     */
    public record Expected(String rule, Severity severity, String pointer, String found) {
        /** The expectation in a line: "HP-04 VIOLATION on /delegation/total found "160"". */
        public String describe() {
            return rule + " " + severity + " on " + pointer + (found == null ? "" : " found \"" + found + "\"");
        }
    }

    /**
     * One case: changes to the base plan, and what they must and must not bring.
     *
     * @param name   the case's name, unique in its file and printed with its result
     * @param set    values to put into the base plan, by JSON Pointer, in the file's order; a JSON null makes the
     *               fact "not stated"
     * @param remove the JSON Pointers of facts taken out after {@code set}
     * @param expect the findings the changed plan must bring
     * @param silent the rules that must report nothing on the changed plan
     */
    public record Case(String name, Map<String, JsonNode> set, List<String> remove, List<Expected> expect,
                       List<String> silent) {
    }

    /**
     * One case file of a pack.
     *
     * @param pack            the pack's id: the name of the folder the file lies in
     * @param file            the case file itself, named in results and errors
     * @param base            the base plan as a JSON tree, which each case changes in a copy
     * @param baseIsCompliant the file says the base plan has no VIOLATION of the pack, checked as one more case
     * @param today           the clock an undated plan of the file is judged by
     * @param cases           the cases in the file's order
     */
    public record CaseFile(String pack, Path file, JsonNode base, boolean baseIsCompliant, Clock today,
                           List<Case> cases) {
        /** The file's name alone ("delegates.yaml"). */
        public String fileName() {
            return file.getFileName().toString();
        }

        /** A case's name as tests and the tool print it: "hai-phong delegates.yaml: 160 delegates …". */
        public String testName(Case c) {
            return pack + " " + fileName() + ": " + c.name();
        }
    }

    /**
     * What one case gave: the failures, empty when it passed.
     *
     * @param file     the case file the case comes from
     * @param name     the case's name, or "the base plan"
     * @param failures what the report lacked of the case's expectations, or had against them
     * @param findings the findings of the case's plan
     */
    public record Result(CaseFile file, String name, List<String> failures, List<Finding> findings) {
        /** Whether the case met every expectation. */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private PackCases() {}

    // ---- reading ----

    /** The case files of every pack folder of the root ({@code <root>/<pack>/cases/*.yaml}), in name order. */
    public static List<CaseFile> read(Path packsRoot) {
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
            throw new PackException(packsRoot + ": cannot list the packs' cases: " + e.getMessage(), e);
        }
        return files;
    }

    /** One case file of a pack; throws {@link PackException} naming the file and what is wrong with it. */
    public static CaseFile readFile(String pack, Path yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml.toFile());
        } catch (IOException e) {
            throw new PackException(yaml + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PackException(yaml + ": not a mapping with base and cases");
        }
        known(yaml, "the file", root, Set.of("base", "base-is-compliant", "today", "cases"));
        if (!root.hasNonNull("base")) {
            throw new PackException(yaml + ": names no base plan (base: base.json)");
        }
        Path basePath = yaml.getParent().resolve(root.get("base").asText());
        JsonNode base;
        try {
            base = PlanJson.mapper().readTree(Files.readString(basePath));
        } catch (IOException e) {
            throw new PackException(yaml + ": cannot read the base plan " + basePath + ": " + e.getMessage(), e);
        }
        Clock today = DEFAULT_TODAY;
        if (root.hasNonNull("today")) {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            today = Clock.fixed(LocalDate.parse(root.get("today").asText()).atStartOfDay(zone).toInstant(), zone);
        }
        List<Case> cases = new ArrayList<>();
        JsonNode list = root.path("cases");
        if (!list.isArray() || list.isEmpty()) {
            throw new PackException(yaml + ": no cases");
        }
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode c : list) {
            Case read = readCase(yaml, c);
            if (!names.add(read.name())) {
                throw new PackException(yaml + ": two cases are named \"" + read.name() + "\"");
            }
            cases.add(read);
        }
        return new CaseFile(pack, yaml, base, root.path("base-is-compliant").asBoolean(false), today, cases);
    }

    private static Case readCase(Path yaml, JsonNode c) {
        String name = c.path("name").asText(null);
        if (name == null || name.isBlank()) {
            throw new PackException(yaml + ": a case has no name: " + c);
        }
        String where = "case \"" + name + "\"";
        known(yaml, where, c, Set.of("name", "set", "remove", "expect", "silent"));
        Map<String, JsonNode> set = new LinkedHashMap<>();
        if (c.has("set")) {
            if (!c.get("set").isObject()) {
                throw new PackException(yaml + ": " + where + ": set is a mapping of JSON Pointer to value");
            }
            c.get("set").fields().forEachRemaining(e -> set.put(pointer(yaml, where, e.getKey()), e.getValue()));
        }
        List<String> remove = new ArrayList<>();
        c.path("remove").forEach(p -> remove.add(pointer(yaml, where, p.asText())));
        List<Expected> expect = new ArrayList<>();
        for (JsonNode e : c.path("expect")) {
            known(yaml, where + " expect", e, Set.of("rule", "severity", "pointer", "found"));
            if (!e.hasNonNull("rule") || !e.hasNonNull("severity") || !e.hasNonNull("pointer")) {
                throw new PackException(yaml + ": " + where + ": an expected finding names its rule, severity "
                        + "and pointer: " + e);
            }
            expect.add(new Expected(e.get("rule").asText(), severity(yaml, where, e.get("severity").asText()),
                    e.get("pointer").asText(), e.hasNonNull("found") ? e.get("found").asText() : null));
        }
        List<String> silent = new ArrayList<>();
        c.path("silent").forEach(s -> silent.add(s.asText()));
        if (expect.isEmpty() && silent.isEmpty()) {
            throw new PackException(yaml + ": " + where + " has neither expect nor silent: it could not fail");
        }
        return new Case(name, set, remove, expect, silent);
    }

    private static void known(Path yaml, String where, JsonNode node, Set<String> keys) {
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new PackException(yaml + ": " + where + ": unknown key " + k + "; the keys are " + keys);
            }
        });
    }

    private static String pointer(Path yaml, String where, String pointer) {
        if (!pointer.startsWith("/")) {
            throw new PackException(yaml + ": " + where + ": " + pointer + " is not a JSON Pointer (/a/b)");
        }
        return pointer;
    }

    // ---- applying the changes ----

    /** The base plan with the case's changes. */
    public static JsonNode apply(JsonNode base, Case c) {
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

    /** Runs the base plan (when it is said to be compliant) and every case of the file on the pack's engine. */
    public static List<Result> run(CaseFile file, ComplianceEngine engine) {
        List<Result> results = new ArrayList<>();
        if (file.baseIsCompliant()) {
            results.add(runBase(file, engine));
        }
        for (Case c : file.cases()) {
            results.add(run(file, c, engine));
        }
        return results;
    }

    /** The base plan, said to be compliant: it has no VIOLATION of the pack. */
    public static Result runBase(CaseFile file, ComplianceEngine engine) {
        Report report = evaluate(engine, file, file.base());
        List<String> failures = report.findings(Severity.VIOLATION).stream()
                .map(f -> "the base plan is said to be compliant, but has " + describe(f)).toList();
        return new Result(file, "the base plan", failures, report.findings());
    }

    /** One case: its changes applied to the base plan, and the findings held to its expectations. */
    public static Result run(CaseFile file, Case c, ComplianceEngine engine) {
        Set<String> rules = engine.pack().rules().keySet();
        List<String> failures = new ArrayList<>();
        List<String> named = new ArrayList<>(c.silent());
        c.expect().forEach(e -> named.add(e.rule()));
        for (String rule : named) {
            if (!rules.contains(rule)) {
                failures.add("pack " + file.pack() + " has no rule " + rule);
            }
        }
        if (!failures.isEmpty()) {
            return new Result(file, c.name(), failures, List.of());
        }
        Report report;
        try {
            report = evaluate(engine, file, apply(file.base(), c));
        } catch (PlanFormatException | IllegalArgumentException e) {
            return new Result(file, c.name(), List.of("the changed plan cannot be read: " + e.getMessage()), List.of());
        }
        return new Result(file, c.name(), failures(report, c), report.findings());
    }

    /** What the report lacks of the case's expectations, or has against them; empty when it meets them. */
    public static List<String> failures(Report report, Case c) {
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

    private static Report evaluate(ComplianceEngine engine, CaseFile file, JsonNode json) {
        Plan plan = PlanJson.read(json.toString(), file.file().toString());
        return engine.withClock(file.today()).evaluate(plan, file.file().toString());
    }

    /** A finding in a line: rule, severity, pointer and the Vietnamese found value. */
    public static String describe(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.pointer()
                + (f.found() == null ? "" : " found \"" + f.found().vi() + "\"");
    }

    private static Severity severity(Path yaml, String where, String name) {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new PackException(yaml + ": " + where + ": severity " + name + " is none of VIOLATION, WARNING, ADVICE");
        }
    }
}
