package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackDescriptor;

/**
 * Each pack's README holds its current clause-to-rule matrix ({@link ClauseMatrix}). The matrix names the tests of
 * each rule, so it is built after all of them ran (just before the coverage gate); in a run of only some tests it is
 * not checked. With {@code -Dtdkt.matrix.write=true} the test writes the matrices instead of failing:
 * {@value ClauseMatrix#REGENERATE}.
 */
@Order(Integer.MAX_VALUE - 1)
class ClauseMatrixTest {

    @Test
    void everyPacksReadmeHoldsItsCurrentClauseMatrix() throws IOException {
        SortedSet<String> notRun = RuleCoverage.global().testsNotRun();
        assumeTrue(notRun.isEmpty(), () -> "the clause matrices name the tests of every rule and are checked on a run "
                + "of every rule test; " + notRun.size() + " did not run in this one, such as " + notRun.first());
        RuleCoverage.Report coverage = RuleCoverage.check(ShippedPacks.rulesByPack(), RuleCoverage.global().hits());
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
        PackDescriptor pack = ComplianceEngine.forPack("hai-phong").descriptor();
        RuleCoverage.Report coverage = RuleCoverage.check(Map.of("hai-phong", List.copyOf(pack.rules().keySet())),
                List.of(new RuleCoverage.Hit("hai-phong", "HP-04", RuleCoverage.Outcome.FIRES, "T.HP04#b"),
                        new RuleCoverage.Hit("hai-phong", "HP-04", RuleCoverage.Outcome.FIRES, "T.HP04#a")));
        String first = ClauseMatrix.of(pack, coverage);
        assertThat(ClauseMatrix.of(pack, coverage)).isEqualTo(first);
        // clause → rule → parameters → tests, the tests sorted.
        assertThat(first).contains("| II.1 | **HP-04** Số lượng đại biểu tối đa (Maximum number of delegates) | "
                + "`delegates.max` | `T.HP04#a`<br>`T.HP04#b` | – |");
        assertThat(first).contains("| `delegates.max` | 150 | 2025-08-08 | II.1 | HP-04 |");
        // The pack's own rules in the order of the guidance's clauses, then the consistency rules it includes.
        assertThat(first.indexOf("**HP-01**")).isLessThan(first.indexOf("**HP-09**"));
        assertThat(first.indexOf("**HP-20**")).isLessThan(first.indexOf("**CC-1**"));
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
    void theParametersOfEachRuleAreReadFromItsDrlRules() {
        PackDescriptor pack = ComplianceEngine.forPack("hai-phong").descriptor();
        Map<String, Set<String>> parameters = ShippedPacks.parametersByRule(ShippedPacks.packagesOf(pack.kbase()));
        assertThat(parameters.get("HP-03")).containsExactly("conference.deadline", "deadline.reading");
        assertThat(parameters.get("CC-4")).containsExactly("guidance.number", "guidance.province");
        assertThat(parameters.get("HP-01")).containsExactly("conference.form");
        assertThat(parameters.keySet()).containsExactlyInAnyOrderElementsOf(pack.rules().keySet());
    }
}
