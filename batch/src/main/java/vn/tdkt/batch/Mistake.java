package vn.tdkt.batch;

/**
 * A mistake the plan generator may put into a plan, as officials find them in real plans. Each is a change to one
 * part of an otherwise compliant plan; {@link #rate()} is how often the generator makes it.
 */
public enum Mistake {
    /** The conference is held after the pack's conference.deadline (25/8 in Hải Phòng), or on the deadline day itself. */
    LATE_CONFERENCE(0.10, "Hội nghị tổ chức muộn", "conference held late"),
    /** The conference lasts a whole day rather than one session. */
    FULL_DAY(0.08, "Hội nghị kéo dài cả ngày", "conference lasts a full day"),
    /** More delegates than the pack's delegates.max (150 in Hải Phòng). */
    OVER_CAP(0.07, "Vượt số lượng đại biểu tối đa", "more delegates than the cap"),
    /** The exemplar share is two or three tolerances off the pack's delegates.exemplarPercent (60/40, 80/20 for 70/30). */
    COMPOSITION_OFF(0.05, "Cơ cấu đại biểu lệch tỷ lệ 70/30", "composition off 70/30"),
    /** One to three items of the programme are missing. */
    PROGRAMME_ITEMS_MISSING(0.12, "Thiếu nội dung chương trình", "programme items missing"),
    /** Two items of the programme are swapped. */
    PROGRAMME_OUT_OF_ORDER(0.05, "Sai thứ tự chương trình", "programme out of order"),
    /** The plan's steps are out of order: nominations due after the exemplar list is approved. */
    DEADLINES_OUT_OF_ORDER(0.06, "Các mốc thời gian không theo thứ tự", "deadlines out of order"),
    /** The plan is sent to the province after its deadline (15/8 in Hải Phòng). */
    PLAN_SENT_LATE(0.06, "Gửi kế hoạch muộn", "plan sent late"),
    /** The results are to be reported after the deadline (30/8 in Hải Phòng). */
    RESULTS_LATE(0.04, "Báo cáo kết quả muộn", "results reported late"),
    /** A unit formed by merging does not say its review covers the pre-merger units. */
    PRE_MERGER_NOT_COVERED(0.10, "Không tổng kết thành tích trước sắp xếp", "pre-merger units not covered"),
    /** The conference's name departs from the template (the wrong edition, the wrong form). */
    WRONG_NAME(0.07, "Sai tên Hội nghị", "conference name off the template"),
    /** The plan does not state how many delegates there will be. */
    DELEGATES_NOT_STATED(0.05, "Không nêu số lượng đại biểu", "delegate count not stated"),
    /** An award category has no criteria. */
    AWARD_CRITERIA_MISSING(0.05, "Hình thức khen thưởng thiếu tiêu chí", "award criteria missing"),
    /** The plan does not name the guidance it implements. */
    GUIDANCE_NOT_NAMED(0.03, "Không nêu văn bản hướng dẫn", "guidance not named");

    private final double rate;
    private final String vi;
    private final String en;

    Mistake(double rate, String vi, String en) {
        this.rate = rate;
        this.vi = vi;
        this.en = en;
    }

    /** How often the generator makes this mistake, from 0 to 1, before {@link PlanGenerator#mistakeScale}. */
    public double rate() {
        return rate;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
