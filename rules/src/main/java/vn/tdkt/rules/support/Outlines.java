package vn.tdkt.rules.support;

import java.util.List;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;

/** The summary report's parts (III.3.3) and the contents of the report of results (IV.1). */
public final class Outlines {
    /** What III.3.1 asks the review to cover. */
    public static final vn.tdkt.finding.LocalizedText PRE_MERGER_REVIEW = new vn.tdkt.finding.LocalizedText(
            "bao gồm cả thành tích của các địa phương, cơ quan, đơn vị trước khi sắp xếp",
            "including the achievements of the units before the reorganisation");
    /** What the relayed Lạng Sơn text asks the summary report to cover. */
    public static final vn.tdkt.finding.LocalizedText REVIEW_AND_DIRECTIONS = new vn.tdkt.finding.LocalizedText(
            "đánh giá kết quả, khó khăn giai đoạn 2020 - 2025; phương hướng, nhiệm vụ giai đoạn 2025 - 2030",
            "results and difficulties of 2020 - 2025; directions and tasks for 2025 - 2030");

    private Outlines() {}

    /** The parts the stated outline lacks; empty when no outline is stated. */
    public static List<ReportPart> missingParts(Plan plan, List<String> parts) {
        if (plan.reportOutline() == null) {
            return List.of();
        }
        return Texts.absent(ReportPart.class, parts, plan.reportOutline());
    }

    /** The contents the stated result report lacks; empty when its contents are not stated. */
    public static List<ResultReportItem> missingResultContents(Plan plan, List<String> items) {
        if (plan.resultReportContents() == null) {
            return List.of();
        }
        return Texts.absent(ResultReportItem.class, items, plan.resultReportContents());
    }
}
