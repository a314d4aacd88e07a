package vn.tdkt.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;

/**
 * The plan's own dates in the order the steps must follow: plan ≤ nominations ≤ list approval ≤ conference ≤ results.
 * Steps are compared by the last day each allows, so "duyệt trước ngày 25/8" (by the 24th) and a conference on the
 * 24th are in order.
 */
public final class DateOrder {
    private DateOrder() {}

    /**
     * A dated step with the words of its kind.
     *
     * @param kind the step's kind in words ("hạn gửi đề xuất" / "the nominations"), as a finding names it
     * @param when the step's date, qualifier and place in the plan
     */
    public record Step(LocalizedText kind, DatedStep when) {
        LocalDate latest() {
            return Timing.latestDay(when.date(), when.qualifier());
        }
    }

    /**
     * Two steps out of order.
     *
     * @param earlier the step that must come first, and allows a later last day than the other
     * @param later   the step that must come after it
     */
    public record Break(Step earlier, Step later) {
        /** The later step's date: the fact a finding points at, since the earlier one may well be right. */
        public String pointer() {
            return later.when().pointer();
        }

        /** The order the steps must follow ("hạn gửi đề xuất ≤ Hội nghị"). */
        public LocalizedText expected() {
            return new LocalizedText(earlier.kind().vi() + " ≤ " + later.kind().vi(),
                    earlier.kind().en() + " ≤ " + later.kind().en());
        }

        /** The two steps as the plan dates them, the first after the second. */
        public LocalizedText found() {
            return new LocalizedText(
                    earlier.kind().vi() + " " + earlier.when().label() + " > " + later.kind().vi() + " " + later.when().label(),
                    earlier.kind().en() + " " + earlier.when().labelEn() + " > " + later.kind().en() + " "
                            + later.when().labelEn());
        }
    }

    private static final LocalizedText PLAN = new LocalizedText("ngày ban hành kế hoạch", "the plan's date");
    private static final LocalizedText NOMINATIONS = new LocalizedText("hạn gửi đề xuất", "the nominations");
    private static final LocalizedText APPROVAL = new LocalizedText("duyệt danh sách điển hình", "the list approval");
    private static final LocalizedText CONFERENCE = new LocalizedText("Hội nghị", "the conference");
    private static final LocalizedText RESULTS = new LocalizedText("báo cáo kết quả", "the result report");

    /** The plan's dated steps, in the order they must follow, every step of each kind. */
    public static List<Step> steps(Plan plan) {
        List<Step> steps = new ArrayList<>();
        if (plan.document().date() != null) {
            steps.add(new Step(PLAN, new DatedStep(plan.document().date(), DateQualifier.ON, "/document/date")));
        }
        add(NOMINATIONS, Schedule.steps(plan, DeadlineKind.NOMINATIONS), steps);
        add(APPROVAL, Schedule.steps(plan, DeadlineKind.EXEMPLAR_LIST_APPROVAL), steps);
        add(CONFERENCE, Schedule.conference(plan), steps);
        add(RESULTS, Schedule.steps(plan, DeadlineKind.RESULT_REPORT), steps);
        return steps;
    }

    private static void add(LocalizedText kind, List<DatedStep> dated, List<Step> steps) {
        for (DatedStep step : dated) {
            steps.add(new Step(kind, step));
        }
    }

    /** Each pair of known steps of different kinds out of order (every pair, so no break hides behind an unknown). */
    public static List<Break> breaks(Plan plan) {
        List<Step> steps = steps(plan);
        List<Break> breaks = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (int j = i + 1; j < steps.size(); j++) {
                Step earlier = steps.get(i);
                Step later = steps.get(j);
                if (earlier.kind() != later.kind() && earlier.latest().isAfter(later.latest())) {
                    breaks.add(new Break(earlier, later));
                }
            }
        }
        return breaks;
    }

    /** A guidance document the plan cites with a date after the plan's own: the plan cannot implement it yet. */
    public static List<Indexed<DocumentRef>> guidanceAfterPlan(Plan plan) {
        List<Indexed<DocumentRef>> later = new ArrayList<>(1);
        LocalDate day = plan.document().date();
        if (day != null && plan.implementsGuidance() != null) {
            for (int i = 0; i < plan.implementsGuidance().size(); i++) {
                DocumentRef guidance = plan.implementsGuidance().get(i);
                if (guidance.date() != null && guidance.date().isAfter(day)) {
                    later.add(new Indexed<>(i, guidance));
                }
            }
        }
        return later;
    }

    /** What CC-1 expects of a plan that cites this guidance: to be dated on or after it, by its number and date. */
    public static LocalizedText notBeforeGuidance(DocumentRef guidance) {
        String day = vn.tdkt.check.FindingCollector.format(guidance.date());
        String number = guidance.number() == null ? "" : " " + guidance.number();
        return new LocalizedText("ngày ban hành kế hoạch ≥ ngày văn bản" + number + " (" + day + ")",
                "the plan's date ≥ the date of “" + number.strip() + "” (" + day + ")");
    }
}
