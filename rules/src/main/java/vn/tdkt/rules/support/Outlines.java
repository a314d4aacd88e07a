package vn.tdkt.rules.support;

import java.util.List;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;

/** The summary report's parts (III.3.3) and the contents of the report of results (IV.1). */
public final class Outlines {
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
