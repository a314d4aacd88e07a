package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackLibrary;

/**
 * Each pack's README holds its current clause-to-rule matrix ({@link ClauseMatrix}), which names the pack's cases of
 * each rule. With {@code -Dtdkt.matrix.write=true} the test writes the matrices instead of failing:
 * {@value ClauseMatrix#REGENERATE}.
 */
class ClauseMatrixTest {

    @Test
    void everyPacksReadmeHoldsItsCurrentClauseMatrix() throws IOException {
        RuleCoverage.Report coverage = PackCases.shippedCoverage();
        boolean write = Boolean.getBoolean("tdkt.matrix.write");
        List<String> stale = new ArrayList<>();
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Path readme = ShippedPacks.readme(pack.id());
            String text = Files.exists(readme) ? Files.readString(readme) : null;
            String generated = ClauseMatrix.of(pack, coverage);
            String committed = ClauseMatrix.in(text);
            if (generated.equals(committed)) {
                continue;
            }
            if (write) {
                Files.writeString(readme, ClauseMatrix.into(text, generated, pack.id()));
                System.out.println("wrote the clause matrix of pack " + pack.id() + " to " + readme);
            } else {
                stale.add(readme + ": " + ClauseMatrix.firstDifference(committed, generated));
            }
        }
        assertTrue(stale.isEmpty(), () -> "the clause matrix of " + stale.size() + " pack(s) is not current:\n"
                + String.join("\n", stale) + "\nRegenerate the matrices with: " + ClauseMatrix.REGENERATE);
    }

    @Test
    void theMatrixIsTheSameEachTimeItIsBuilt() {
        PackDescriptor pack = PackLibrary.onClassPath().descriptor("hai-phong");
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", List.copyOf(pack.rules().keySet())),
                List.of(new RuleCoverage.Hit("hai-phong", "HP-04", RuleCoverage.Outcome.FIRES, "delegates.yaml: b"),
                        new RuleCoverage.Hit("hai-phong", "HP-04", RuleCoverage.Outcome.FIRES, "delegates.yaml: a")));
        String first = ClauseMatrix.of(pack, coverage);
        assertThat(ClauseMatrix.of(pack, coverage)).isEqualTo(first);
        // clause → rule → checks → parameters → cases, the cases sorted.
        assertThat(first).contains("| II.1 | **HP-04** Số lượng đại biểu tối đa (Maximum number of delegates) | "
                + "`delegates.cap` | `delegates.max` | delegates.yaml: a<br>delegates.yaml: b | – |");
        assertThat(first).contains("| `delegates.max` | 150 | 2025-08-08 | II.1 | HP-04 |");
        // The pack's own rules in the order of the guidance's clauses, then the consistency rules it includes.
        assertThat(first.indexOf("**HP-01**")).isLessThan(first.indexOf("**HP-09**"));
        assertThat(first.indexOf("**HP-20**")).isLessThan(first.indexOf("**CC-1**"));
        assertThat(first).contains("`programme.items`<br>`programme.launch-period`");
    }

    @Test
    void theMatrixGoesBetweenTheMarkersAndNowhereElse() {
        String readme = "# Pack\n\nintro\n\n" + ClauseMatrix.BEGIN + "\nold\n" + ClauseMatrix.END + "\n\n## After\n";
        String matrix = ClauseMatrix.BEGIN + "\nnew\n" + ClauseMatrix.END;
        String updated = ClauseMatrix.into(readme, matrix, "x");
        assertThat(updated).isEqualTo("# Pack\n\nintro\n\n" + matrix + "\n\n## After\n");
        assertThat(ClauseMatrix.in(updated)).isEqualTo(matrix);
        assertThat(ClauseMatrix.in("# no markers")).isNull();
        assertThat(ClauseMatrix.into("# Pack\n", matrix, "x")).endsWith("## Clause matrix\n\n" + matrix + "\n");
        assertThat(ClauseMatrix.firstDifference(ClauseMatrix.BEGIN + "\nold\n" + ClauseMatrix.END, matrix))
                .contains("line 2").contains("old").contains("new");
    }

    @Test
    void theParametersOfEachRuleAreReadFromItsChecksDrlRules() {
        PackDescriptor pack = PackLibrary.onClassPath().descriptor("hai-phong");
        Map<String, Set<String>> parameters = ShippedPacks.parametersByRule(pack);
        assertThat(parameters.get("HP-03")).containsExactly("conference.deadline", "deadline.reading");
        assertThat(parameters.get("CC-4")).containsExactly("guidance.number", "guidance.province");
        assertThat(parameters.get("HP-01")).containsExactly("conference.form");
        assertThat(parameters.keySet()).containsExactlyInAnyOrderElementsOf(pack.rules().keySet());
    }
}
