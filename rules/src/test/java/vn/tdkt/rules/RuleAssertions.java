package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Plan;

/**
 * Evaluating test plans and asserting on one rule's findings. Each assertion that succeeds records, for the coverage
 * gate ({@link RuleCoverageGateTest}), that the running test shows the rule of the report's pack firing or passing.
 */
final class RuleAssertions {
    /** Undated plans are judged as of this day, so that tests do not depend on when they run. */
    static final Clock AUGUST_2025 = Clock.fixed(LocalDate.of(2025, 8, 12).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

    private RuleAssertions() {}

    /** The plan checked with the pack; the report carries the pack's id, which the assertions record. */
    static Report evaluate(String pack, Plan plan) {
        return ComplianceEngine.forPack(pack).withClock(AUGUST_2025).evaluate(plan, "test");
    }

    /** The rule reported at least once, and its worst finding has this severity. */
    static void assertFires(Report report, String ruleId, Severity severity) {
        assertThat(report.findings(ruleId))
                .as("findings of %s in %s", ruleId, report.findings())
                .isNotEmpty();
        assertThat(report.worst(ruleId)).as("worst severity of %s", ruleId).isEqualTo(severity);
        fired(report, ruleId);
    }

    /** The rule reported at least one finding of this severity (and maybe others). */
    static void assertReported(Report report, String ruleId, Severity severity) {
        assertThat(report.findings(ruleId)).as("%s %s in %s", ruleId, severity, report.findings())
                .anyMatch(f -> f.severity() == severity);
        fired(report, ruleId);
    }

    /** The rule reported at least one finding of this severity on this pointer. */
    static Finding assertFinding(Report report, String ruleId, Severity severity, String pointer) {
        Finding finding = report.findings(ruleId).stream()
                .filter(f -> f.severity() == severity && pointer.equals(f.pointer()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + severity + " of " + ruleId + " on " + pointer + " in "
                        + report.findings(ruleId)));
        fired(report, ruleId);
        return finding;
    }

    /** The rule reported nothing. */
    static void assertSilent(Report report, String ruleId) {
        assertThat(report.findings(ruleId)).as("findings of %s", ruleId).isEmpty();
        passed(report, ruleId);
    }

    /** The rule reported nothing above advice. It counts as a test where the rule passes only if it reported nothing. */
    static void assertNothingAboveAdvice(Report report, String ruleId) {
        assertThat(report.findings(ruleId)).as("%s must report nothing above advice in %s", ruleId, report.findings())
                .allMatch(f -> f.severity() == Severity.ADVICE);
        if (report.findings(ruleId).isEmpty()) {
            passed(report, ruleId);
        }
    }

    private static void fired(Report report, String ruleId) {
        RuleCoverage.global().record(report.pack(), ruleId, RuleCoverage.Outcome.FIRES);
    }

    private static void passed(Report report, String ruleId) {
        RuleCoverage.global().record(report.pack(), ruleId, RuleCoverage.Outcome.PASSES);
    }
}
