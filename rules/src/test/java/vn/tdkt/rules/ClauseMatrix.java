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
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.RuleDescription;

/**
 * The clause-to-rule matrix of a pack (ComplianceAsCode's habit): clause → rule ids → the checks each binds → the
 * parameters their DRL rules read (derived) → the cases where each fires and where it stays silent; then each
 * parameter with its dated values. Generated from the pack's descriptor, the DRL rules of its checks and the pack's
 * cases ({@link PackCases}), and kept in the pack's README between {@value #BEGIN} and {@value #END}.
 *
 * <p>The output depends only on its inputs and is sorted throughout: the same packs and cases give the same text.
 */
final class ClauseMatrix {
    static final String BEGIN = "<!-- clause-matrix:begin -->";
    static final String END = "<!-- clause-matrix:end -->";
    static final String REGENERATE = "mvn -B -q -o test -pl rules -am -Dtdkt.matrix.write=true";

    private ClauseMatrix() {}

    /** The matrix of a shipped pack, from its folder's pack.yaml (its own rules), its checks' DRL and its cases. */
    static String of(PackDescriptor pack, RuleCoverage.Report coverage) {
        Set<String> own = new TreeSet<>();
        JsonNode yaml = ShippedPacks.readYaml(ShippedPacks.PACKS.resolve(pack.id()).resolve("pack.yaml"));
        yaml.path("rules").fieldNames().forEachRemaining(own::add);
        return of(pack, own, ShippedPacks.parametersByRule(pack), coverage);
    }

    /**
     * The matrix of the pack.
     *
     * @param ownRules   the rule ids of the pack's own pack.yaml; the others (included from other packs) come last
     * @param parameters rule id → the parameters its checks' DRL rules read
     * @param coverage   the cases of each rule
     */
    static String of(PackDescriptor pack, Set<String> ownRules, Map<String, Set<String>> parameters,
                     RuleCoverage.Report coverage) {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        out.append("<!-- Generated from pack.yaml, the DRL rules of the checks it binds and the cases in cases/; "
                + "regenerate with: ").append(REGENERATE).append(" -->\n\n");
        out.append("| clause | rule | checks | parameters read | cases where it fires | cases where it stays silent |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (RuleDescription rule : rowsInOrder(pack, ownRules)) {
            out.append("| ").append(cell(rule.clause()))
                    .append(" | **").append(rule.id()).append("** ").append(cell(title(rule)))
                    .append(" | ").append(code(new TreeSet<>(rule.checks())))
                    .append(" | ").append(code(parameters.getOrDefault(rule.id(), Set.of())))
                    .append(" | ").append(cases(coverage.tests(pack.id(), rule.id(), RuleCoverage.Outcome.FIRES)))
                    .append(" | ").append(cases(coverage.tests(pack.id(), rule.id(), RuleCoverage.Outcome.PASSES)))
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

    /** Case names, each in a cell of its own line; a name may hold characters a table cannot. */
    private static String cases(Set<String> names) {
        return names.isEmpty() ? "–" : names.stream().map(ClauseMatrix::cell).collect(Collectors.joining("<br>"));
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(String.valueOf(v)));
            return String.join(", ", items);
        }
        return String.valueOf(value);
    }

    /** Text fit for one cell of a Markdown table. */
    private static String cell(String text) {
        return text == null ? "–" : text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
    }
}
