package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.finding.Severity.WARNING;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Verdict;
import vn.tdkt.json.PlanJson;

/**
 * The Lạng Sơn seed plan as a golden test: first the floor of the rule catalogue, then the whole list of findings,
 * so that any change to what the plan gets is seen and reviewed. And the other way round: a Hải Phòng plan checked
 * with the Lạng Sơn pack is flagged by CC-4, never passed in silence.
 */
@RuleTests
class LangSonGoldenTest {
    private static final Path PLANS = Path.of(System.getProperty("user.dir")).resolve("../examples/plans");

    private static Report check(String pack, String file) {
        return RuleAssertions.evaluate(pack, PlanJson.read(PLANS.resolve(file)));
    }

    private static List<String> summary(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.pointer()).toList();
    }

    @Test
    @DisplayName("Kiên Mộc (seed 003) under lang-son")
    void kienMoc() {
        Report report = check("lang-son", "lang-son/kien-moc.json");
        // The floor of RULES.md: one session, at most 150, about 70/30, all four groups named, 2020 - 2025.
        for (String ruleId : List.of("LS-02", "LS-04", "LS-05", "LS-06", "LS-13")) {
            RuleAssertions.assertNothingAboveAdvice(report, ruleId);
        }
        // The plan implements the guidance the pack encodes.
        RuleAssertions.assertSilent(report, "CC-4");
        // The whole list: nothing beyond the floor either. The plan relays every clause the pack encodes, in the
        // words the pack quotes from it. In particular:
        // - no LS-09 finding for the exchange with exemplars ("giao lưu"), which the Hải Phòng pack warns about: the
        //   programme Kiên Mộc relays has no such item, so the pack does not ask for it;
        // - no finding on the form or name ("Hội nghị điển hình tiên tiến ... lần thứ I (2025 – 2030)"): the evidence
        //   prescribes neither, so the pack has no LS-01 or LS-16;
        // - no finding on the conference day (15/8/2025, "dự kiến") nor on reporting steps: the evidence gives no
        //   Lạng Sơn deadline, so the pack has no LS-03 and no analogue of HP-17 to HP-19;
        // - no LS-14 finding although the plan lists no parts of the summary report: it states what the report must
        //   weigh (Kiên Mộc V.3), which is all the relayed text asks;
        // - no LS-11 finding for a dialogue of leaders with exemplars: the activities Kiên Mộc relays do not name it;
        // - CC-1 passes: nominations before 07/8/2025, conference on 15/8/2025, no other dated step.
        assertThat(summary(report)).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(report.pack()).isEqualTo("lang-son");
    }

    @Test
    @DisplayName("Kẻ Sặt (seed 000, Hải Phòng) under lang-son is flagged by CC-4, never a silent pass")
    void keSatUnderTheWrongPack() {
        Report report = check("lang-son", "hai-phong/ke-sat.json");
        RuleAssertions.assertReported(report, "CC-4", WARNING);
        Finding f = report.findings("CC-4").get(0);
        assertThat(f.expected().vi()).isEqualTo("“199/KH-UBND”");
        assertThat(f.found().vi()).contains("3194/QĐ-UBND");
        assertThat(report.verdict()).isNotEqualTo(Verdict.ACCEPT);
    }
}
