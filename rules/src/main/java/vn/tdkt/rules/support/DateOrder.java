package vn.tdkt.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Plan;

/** The plan's own dates in the order the steps must follow: plan ≤ nominations ≤ list approval ≤ conference ≤ results. */
public final class DateOrder {
    private DateOrder() {}

    public record Step(String label, LocalDate date, String pointer) {
    }

    public record Break(Step earlier, Step later) {
        public String expected() {
            return earlier.label() + " ≤ " + later.label();
        }

        public String found() {
            return earlier.label() + " " + vn.tdkt.engine.FindingCollector.format(earlier.date()) + " > "
                    + later.label() + " " + vn.tdkt.engine.FindingCollector.format(later.date());
        }
    }

    public static List<Step> steps(Plan plan) {
        List<Step> steps = new ArrayList<>();
        if (plan.document().date() != null) {
            steps.add(new Step("ngày kế hoạch / plan date", plan.document().date(), "/document/date"));
        }
        add(plan, DeadlineKind.NOMINATIONS, "đề xuất / nominations", steps);
        add(plan, DeadlineKind.EXEMPLAR_LIST_APPROVAL, "duyệt danh sách / list approval", steps);
        if (plan.conference().date() != null) {
            steps.add(new Step("hội nghị / conference", plan.conference().date(), "/conference/date"));
        } else {
            add(plan, DeadlineKind.CONFERENCE, "hội nghị / conference", steps);
        }
        add(plan, DeadlineKind.RESULT_REPORT, "báo cáo kết quả / result report", steps);
        return steps;
    }

    private static void add(Plan plan, DeadlineKind kind, String label, List<Step> steps) {
        if (plan.deadlines() == null) {
            return;
        }
        for (int i = 0; i < plan.deadlines().size(); i++) {
            Deadline d = plan.deadlines().get(i);
            if (d.kind() == kind && d.date() != null) {
                steps.add(new Step(label, d.date(), "/deadlines/" + i + "/date"));
                return;
            }
        }
    }

    /** Each pair of known steps out of order (every pair, not only neighbours, so no break hides behind an unknown). */
    public static List<Break> breaks(Plan plan) {
        List<Step> steps = steps(plan);
        List<Break> breaks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (int j = i + 1; j < steps.size(); j++) {
                if (steps.get(i).date().isAfter(steps.get(j).date())) {
                    breaks.add(new Break(steps.get(i), steps.get(j)));
                }
            }
        }
        return breaks;
    }
}
