package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.Mistake;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.batch.Province;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;

/** The generator's plans against the packs of the class path: each plan follows the pack that checks it. */
class GeneratedPlansTest {
    private static final Packs PACKS = Packs.onClassPath();
    /** Two provinces with a pack of their own and two checked by the national baseline. */
    private static final List<String> PROVINCES = List.of("Hải Phòng", "Lạng Sơn", "Huế", "An Giang");

    @Test
    void plansWithoutMistakesHaveNoViolationAndNoWarningFromTheirPack() {
        for (long seed : new long[] {2025, 7}) {
            PlanGenerator generator = new PlanGenerator(seed).mistakeScale(0);
            for (String name : PROVINCES) {
                Province province = PlanGenerator.findProvince(name);
                List<GeneratedPlan> plans = generator.province(name).toList();
                assertThat(plans).hasSize(province.units());
                for (GeneratedPlan p : plans) {
                    String pack = PACKS.choose(p.plan()).packId();
                    assertThat(generator.pack(province)).as(p.fileName()).contains(pack);
                    Report report = PACKS.engine(pack).evaluate(p.plan(), p.fileName());
                    assertThat(report.findings(Severity.VIOLATION)).as(seed + " " + p.fileName()).isEmpty();
                    assertThat(report.findings(Severity.WARNING)).as(seed + " " + p.fileName()).isEmpty();
                }
            }
        }
    }

    @Test
    void theMistakesTheCheckingPackKnowsAreFound() {
        PlanGenerator generator = new PlanGenerator(11);
        for (String name : PROVINCES) {
            for (GeneratedPlan p : generator.province(name).toList()) {
                String pack = PACKS.choose(p.plan()).packId();
                Report report = PACKS.engine(pack).evaluate(p.plan(), p.fileName());
                if (p.mistakes().contains(Mistake.OVER_CAP) && !p.mistakes().contains(Mistake.DELEGATES_NOT_STATED)) {
                    assertThat(report.findings()).as(p.fileName()).anySatisfy(f -> {
                        assertThat(f.pointer()).isEqualTo("/delegation/total");
                        assertThat(f.severity()).isIn(Severity.VIOLATION, Severity.WARNING);
                    });
                }
                if (p.mistakes().isEmpty()) {
                    assertThat(report.findings(Severity.WARNING)).as(p.fileName()).isEmpty();
                }
            }
        }
    }
}
