package vn.tdkt.rules.support;

import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.AllocationScope;
import vn.tdkt.model.Plan;

/** What the rules of consistency (CC-1 … CC-4) compare and the words their findings use. */
public final class Consistency {
    /** What CC-3 expects an award category to name when it names no recipients. */
    public static final LocalizedText RECIPIENT_KINDS = new LocalizedText(
            "tập thể / cá nhân / hộ gia đình / doanh nghiệp", "collectives / individuals / households / enterprises");
    /** What CC-3 expects an award category to give when it gives no count or range. */
    public static final LocalizedText COUNT = new LocalizedText("số lượng", "a number");
    /** What CC-3 advises an award category to state when it states no criteria. */
    public static final LocalizedText CRITERIA = new LocalizedText("tiêu chí", "criteria");

    private Consistency() {}

    /**
     * The seats an allocation gives out when it gives out all of them (or does not say which): comparable with the
     * stated total. Null when the plan allocates no seats that way.
     */
    public static Integer allSeatsAllocated(Plan plan) {
        if (plan.delegation().allocation() == null) {
            return null;
        }
        Integer seats = null;
        for (Allocation a : plan.delegation().allocation()) {
            if (a.scope() == null || a.scope() == AllocationScope.ALL_SEATS) {
                seats = (seats == null ? 0 : seats) + a.count();
            }
        }
        return seats;
    }
}
