package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.model.*;

class SmokeTest {
    @Test
    void fires() {
        Plan plan = new Plan(new Unit("Kẻ Sặt", UnitLevel.COMMUNE, "Hải Phòng", true, null), null, null, null, null,
                new Delegation(151, null, null, null, null, null, null, null), null, null, null, null, null, null, null,
                null, null, null);
        var report = ComplianceEngine.forPack("hai-phong").evaluate(plan);
        System.out.println(report);
        assertThat(report.findings("HP-04")).hasSize(1);
    }
}
