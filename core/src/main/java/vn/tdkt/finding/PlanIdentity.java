package vn.tdkt.finding;

import java.time.LocalDate;
import vn.tdkt.model.Plan;

/** Who a report is about: the unit, its province, and the plan's number and date. */
public record PlanIdentity(String unit, String province, String documentNumber, LocalDate documentDate, String source) {

    public static PlanIdentity of(Plan plan, String source) {
        return new PlanIdentity(plan.unit().qualifiedName(), plan.unit().province(), plan.document().number(),
                plan.document().date(), source);
    }
}
