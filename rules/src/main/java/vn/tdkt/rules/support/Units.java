package vn.tdkt.rules.support;

import vn.tdkt.model.Plan;

/** Facts of the issuing unit. ("unit" is a keyword of DRL, so rules reach the unit through these helpers.) */
public final class Units {
    private Units() {}

    /** Whether the plan says its unit was formed by the 2025 reorganisation. */
    public static boolean reorganised(Plan plan) {
        return Boolean.TRUE.equals(plan.unit().reorganised());
    }
}
