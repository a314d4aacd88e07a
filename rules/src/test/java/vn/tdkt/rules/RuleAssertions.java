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

/** Evaluating test plans and asserting on one rule's findings. */
final class RuleAssertions {
    /** Undated plans are judged as of this day, so that tests do not depend on when they run. */
    static final Clock AUGUST_2025 = Clock.fixed(LocalDate.of(2025, 8, 12).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

    private RuleAssertions() {}

    static Report evaluate(String pack, Plan plan) {
        return ComplianceEngine.forPack(pack).withClock(AUGUST_2025).evaluate(plan, "test");
    }

    /** The rule reported at least once, and its worst finding has this severity. */
    static void assertFires(Report report, String ruleId, Severity severity) {
        assertThat(report.findings(ruleId))
                .as("findings of %s in %s", ruleId, report.findings())
                .isNotEmpty();
        assertThat(report.worst(ruleId)).as("worst severity of %s", ruleId).isEqualTo(severity);
    }

    /** The rule reported at least one finding of this severity on this pointer. */
    static Finding assertFinding(Report report, String ruleId, Severity severity, String pointer) {
        return report.findings(ruleId).stream()
                .filter(f -> f.severity() == severity && pointer.equals(f.pointer()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + severity + " of " + ruleId + " on " + pointer + " in "
                        + report.findings(ruleId)));
    }

    static void assertSilent(Report report, String ruleId) {
        assertThat(report.findings(ruleId)).as("findings of %s", ruleId).isEmpty();
    }

    /** The rule reported nothing above advice. */
    static void assertNothingAboveAdvice(Report report, String ruleId) {
        assertThat(report.findings(ruleId)).as("findings of %s", ruleId)
                .allMatch(f -> f.severity() == Severity.ADVICE);
    }
}
