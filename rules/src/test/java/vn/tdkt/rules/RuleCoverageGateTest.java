package vn.tdkt.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate: every rule id of every pack this module ships has a test where it fires and a test where it
 * does not, as the rule tests recorded while they ran ({@link RuleCoverage}). It runs after every other test class
 * (junit-platform.properties orders classes by {@link Order}) and prints the coverage of each pack; the table is also
 * written to {@code target/rule-coverage.txt}.
 *
 * <p>In a run of only some tests ({@code -Dtest=...}) the registry cannot be complete, and the gate skips itself.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageGateTest {

    @Test
    void everyRuleOfEveryPackHasATestWhereItFiresAndOneWhereItPasses() throws IOException {
        SortedSet<String> notRun = RuleCoverage.global().testsNotRun();
        assumeTrue(notRun.isEmpty(), () -> "rule coverage is judged on a run of every rule test; " + notRun.size()
                + " did not run in this one, such as " + notRun.first());
        RuleCoverage.Report coverage = RuleCoverage.check(ShippedPacks.rulesByPack(), RuleCoverage.global().hits());
        String table = coverage.table();
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rule-coverage.txt"), table);
        assertTrue(coverage.gaps().isEmpty(), coverage::failureMessage);
    }
}
