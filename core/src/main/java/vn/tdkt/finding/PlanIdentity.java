package vn.tdkt.finding;

import java.time.LocalDate;
import vn.tdkt.model.Plan;

/**
 * Who a report is about: the unit, its province, and the plan's number and date.
 *
 * @param unit           the unit as a conference name writes it: with its level word ("xã Kẻ Sặt"), an agency by
 *                       its own name
 * @param province       the province the unit belongs to
 * @param documentNumber the plan's number ("45/KH-UBND"); null for a plan that has none
 * @param documentDate   the plan's date; null when not stated
 * @param source         where the plan came from (a file name), as the host gave it; null when it gave none
 */
public record PlanIdentity(String unit, String province, String documentNumber, LocalDate documentDate, String source) {

    /** The identity of a plan read from {@code source}: what a waiver is matched against. */
    public static PlanIdentity of(Plan plan, String source) {
        return new PlanIdentity(plan.unit().qualifiedName(), plan.unit().province(), plan.document().number(),
                plan.document().date(), source);
    }
}
