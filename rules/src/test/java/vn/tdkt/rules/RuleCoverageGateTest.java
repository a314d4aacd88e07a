package vn.tdkt.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate: every rule id of every pack this module ships has a case where it fires and a case where it
 * stays silent among its pack's cases ({@code cases/*.yaml}, {@link PackCases}). The cases alone satisfy it. It prints
 * the coverage of each pack and writes it to {@code target/rule-coverage.txt}; on a run of every Java rule test
 * ({@link RuleTests}) it adds what those showed ({@link RuleCoverage}), for information.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageGateTest {

    @Test
    void everyRuleOfEveryPackHasACaseWhereItFiresAndOneWhereItStaysSilent() throws IOException {
        RuleCoverage.Report coverage = PackCases.shippedCoverage();
        StringBuilder table = new StringBuilder("By the cases of each pack:\n").append(coverage.table());
        if (RuleCoverage.global().testsNotRun().isEmpty()) {
            table.append("By the Java rule tests:\n").append(RuleCoverage.check(ShippedPacks.rulesByPack(),
                    RuleCoverage.global().hits()).table());
        }
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rule-coverage.txt"), table);
        assertTrue(coverage.gaps().isEmpty(), coverage::failureMessage);
    }
}
