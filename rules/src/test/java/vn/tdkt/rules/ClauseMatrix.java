package vn.tdkt.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.ParameterDefinition;
import vn.tdkt.engine.ParameterValue;
import vn.tdkt.engine.RuleDescription;
import vn.tdkt.finding.RuleIds;

/**
 * The clause-to-rule matrix of a pack (ComplianceAsCode's habit): clause → rule ids → the parameters their DRL rules
 * read → the tests where each fires and where it passes; then each parameter with its dated values. Generated from the
 * pack's descriptor, its DRL files and the rule coverage recorded by the tests, and kept in the pack's README between
 * {@value #BEGIN} and {@value #END}.
 *
 * <p>The output depends only on its inputs and is sorted throughout: the same packs and tests give the same text.
 */
final class ClauseMatrix {
    static final String BEGIN = "<!-- clause-matrix:begin -->";
    static final String END = "<!-- clause-matrix:end -->";
    static final String REGENERATE = "mvn -B -q test -o -f rules/pom.xml -Dtdkt.matrix.write=true";

    private ClauseMatrix() {}

    /** The matrix of the pack, with its markers, from the pack's DRL files as kmodule.xml assembles its kbase. */
    static String of(PackDescriptor pack, RuleCoverage.Report coverage) {
        Set<String> own = ShippedPacks.ruleBodies(ShippedPacks.ownPackagesOf(pack.kbase())).keySet();
        Map<String, Set<String>> parameters = ShippedPacks.parametersByRule(ShippedPacks.packagesOf(pack.kbase()));
        return of(pack, own, parameters, coverage);
    }

    /**
     * The matrix of the pack.
     *
     * @param ownRules   the rule ids of the pack's own kbase; the others (included from other kbases) come last
     * @param parameters rule id → the parameters its DRL rules read
     * @param coverage   the tests of each rule
     */
    static String of(PackDescriptor pack, Set<String> ownRules, Map<String, Set<String>> parameters,
                     RuleCoverage.Report coverage) {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        out.append("<!-- Generated from pack.yaml, the DRL files of kbase ").append(pack.kbase())
                .append(" and the rule tests; regenerate with: ").append(REGENERATE).append(" -->\n\n");
        out.append("| clause | rule | parameters read | tests where it fires | tests where it passes |\n");
        out.append("|---|---|---|---|---|\n");
        for (RuleDescription rule : rowsInOrder(pack, ownRules)) {
            out.append("| ").append(cell(rule.clause()))
                    .append(" | **").append(rule.id()).append("** ").append(cell(title(rule)))
                    .append(" | ").append(code(parameters.getOrDefault(rule.id(), Set.of())))
                    .append(" | ").append(code(coverage.tests(pack.id(), rule.id(), RuleCoverage.Outcome.FIRES)))
                    .append(" | ").append(code(coverage.tests(pack.id(), rule.id(), RuleCoverage.Outcome.PASSES)))
                    .append(" |\n");
        }
        out.append("\nEach parameter, with each value and the day from which it holds:\n\n");
        out.append("| parameter | value | from | clause | read by |\n");
        out.append("|---|---|---|---|---|\n");
        Map<String, SortedSet<String>> readers = new TreeMap<>();
        parameters.forEach((ruleId, names) -> {
            if (pack.rules().containsKey(ruleId)) {
                names.forEach(n -> readers.computeIfAbsent(n, k -> new TreeSet<>(RuleIds.ORDER)).add(ruleId));
            }
        });
        for (ParameterDefinition parameter : pack.parameters().values().stream()
                .sorted(Comparator.comparing(ParameterDefinition::name)).toList()) {
            for (ParameterValue value : parameter.values()) {
                out.append("| `").append(parameter.name()).append("` | ").append(cell(render(value.value())))
                        .append(" | ").append(value.from())
                        .append(" | ").append(cell(value.clause() == null ? "–" : value.clause()))
                        .append(" | ").append(readers.containsKey(parameter.name())
                                ? String.join(", ", readers.get(parameter.name())) : "–")
                        .append(" |\n");
            }
        }
        out.append(END);
        return out.toString();
    }

    /**
     * The pack's rules in the order of its guidance: its own rules grouped by clause, the groups in the order of
     * their first rule id, then the included rules in the same way.
     */
    static List<RuleDescription> rowsInOrder(PackDescriptor pack, Set<String> ownRules) {
        List<RuleDescription> rows = new ArrayList<>();
        for (boolean own : new boolean[] {true, false}) {
            Map<String, List<RuleDescription>> byClause = new LinkedHashMap<>();
            pack.rules().values().stream()
                    .filter(r -> ownRules.contains(r.id()) == own)
                    .sorted(Comparator.comparing(RuleDescription::id, RuleIds.ORDER))
                    .forEach(r -> byClause.computeIfAbsent(r.clause(), k -> new ArrayList<>()).add(r));
            byClause.values().forEach(rows::addAll);
        }
        return rows;
    }

    /** The README with the matrix put in, between the markers if it has them, else at its end. */
    static String into(String readme, String matrix, String packId) {
        if (readme == null) {
            return "# Pack `" + packId + "`\n\n## Clause matrix\n\n" + matrix + "\n";
        }
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return readme.stripTrailing() + "\n\n## Clause matrix\n\n" + matrix + "\n";
        }
        return readme.substring(0, begin) + matrix + readme.substring(end + END.length());
    }

    /** The matrix in the README, markers included, or null when it has none. */
    static String in(String readme) {
        if (readme == null) {
            return null;
        }
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        return begin < 0 || end < begin ? null : readme.substring(begin, end + END.length()).replace("\r\n", "\n");
    }

    /** Where two texts first differ, for the failure message. */
    static String firstDifference(String committed, String generated) {
        if (committed == null) {
            return "it has no matrix between " + BEGIN + " and " + END;
        }
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " of the matrix is\n    " + x + "\n  and would now be\n    " + y;
            }
        }
        return "they differ";
    }

    private static String title(RuleDescription rule) {
        if (rule.title() == null) {
            return "";
        }
        return rule.title().vi() + " (" + rule.title().en() + ")";
    }

    private static String code(Set<String> names) {
        return names.isEmpty() ? "–" : names.stream().map(n -> "`" + n + "`").collect(Collectors.joining("<br>"));
    }

    private static String render(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(", ", items);
        }
        return value.asText();
    }

    /** Text fit for one cell of a Markdown table. */
    private static String cell(String text) {
        return text == null ? "–" : text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
    }
}
