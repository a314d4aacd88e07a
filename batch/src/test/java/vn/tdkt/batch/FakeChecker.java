package vn.tdkt.batch;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.engine.PackException;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.PlanIdentity;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.model.Plan;
import vn.tdkt.model.SessionLength;

/**
 * A checker for the batch's tests, which run without the rule packs: three rules on the facts the generator changes,
 * and no pack for plans of provinces other than Hải Phòng when {@code onlyHaiPhong}.
 */
final class FakeChecker implements PlanChecker {
    static final String PACK = "test-pack";

    private final boolean onlyHaiPhong;

    FakeChecker(boolean onlyHaiPhong) {
        this.onlyHaiPhong = onlyHaiPhong;
    }

    FakeChecker() {
        this(false);
    }

    @Override
    public Report check(Plan plan, String source) {
        if (onlyHaiPhong && !"Hải Phòng".equals(plan.unit().province())) {
            throw new PackException("no pack covers province " + plan.unit().province());
        }
        List<Finding> findings = new ArrayList<>();
        Integer total = plan.delegation().total();
        if (total == null) {
            findings.add(finding("T-3", Severity.WARNING, "/delegation/total", "≤ 150", "(not stated)",
                    "Kế hoạch không nêu số lượng đại biểu.", "The plan does not state the number of delegates."));
        } else if (total > 150) {
            findings.add(finding("T-1", Severity.VIOLATION, "/delegation/total", "≤ 150", total.toString(),
                    "Số lượng đại biểu " + total + " vượt quá 150.", total + " delegates, more than 150."));
        }
        if (plan.conference().length() == SessionLength.ONE_DAY) {
            findings.add(finding("T-2", Severity.VIOLATION, "/conference/length", "01 buổi", "01 ngày",
                    "Hội nghị kéo dài 01 ngày, vượt quá 01 buổi.", "The conference lasts a full day."));
        }
        if (plan.coversPreMergerAchievements() == null && Boolean.TRUE.equals(plan.unit().reorganised())) {
            findings.add(finding("T-10", Severity.ADVICE, "/coversPreMergerAchievements", "có", "(not stated)",
                    "Nên tổng kết cả thành tích trước sắp xếp.", "Review the pre-merger units too."));
        }
        return Report.of(PlanIdentity.of(plan, source), PACK, "1.0", findings);
    }

    private static Finding finding(String rule, Severity severity, String pointer, String expected, String found,
                                   String vi, String en) {
        return new Finding(rule, severity, pointer, LocalizedText.of(expected), LocalizedText.of(found), null,
                new Citation("Hướng dẫn thử nghiệm", "II." + rule.substring(2), "Điều khoản " + rule),
                new LocalizedText(vi, en));
    }
}
