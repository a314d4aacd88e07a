package vn.tdkt.rules.support;

import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.Plan;
import vn.tdkt.model.UnitLevel;

/**
 * Facts of the issuing unit, and the one decision every rule uses on whether it was reorganised (sắp xếp) in 2025.
 * ("unit" is a keyword of DRL, so rules reach the unit through these helpers.)
 */
public final class Units {
    /** The unit's own statement. */
    public static final LocalizedText STATED = new LocalizedText("theo kế hoạch", "as the plan states");
    /**
     * A commune-level unit that does not say: since 1 July 2025 every xã, phường and đặc khu is a unit of the new
     * two-level local government formed by the reorganisation, which is why the guidance's first-edition name ("Lần
     * thứ I") is written for "xã… (phường, đặc khu)".
     */
    public static final LocalizedText PRESUMED = new LocalizedText(
            "xã, phường, đặc khu đều là đơn vị hình thành sau sắp xếp từ ngày 01/7/2025",
            "every commune, ward and special zone is a unit formed by the reorganisation of 1 July 2025");

    private Units() {}

    /**
     * Whether the unit was reorganised: as the plan says; else true for a commune, ward or special zone (see
     * {@link #PRESUMED}); else null (an agency that does not say, or a unit of unknown level).
     */
    public static Boolean reorganised(Plan plan) {
        Boolean stated = plan.unit().reorganised();
        if (stated != null) {
            return stated;
        }
        UnitLevel level = plan.unit().level();
        return level == null || level == UnitLevel.AGENCY ? null : Boolean.TRUE;
    }

    /** Whether the decision is that the unit was reorganised. */
    public static boolean isReorganised(Plan plan) {
        return Boolean.TRUE.equals(reorganised(plan));
    }

    /**
     * The severity of a finding that rests on the decision: as given when the plan states it, at most a warning when
     * it is presumed, since a presumption may call for a check but never proves a plan wrong.
     */
    public static vn.tdkt.finding.Severity severity(Plan plan, vn.tdkt.finding.Severity ifStated) {
        return plan.unit().reorganised() == null && ifStated == vn.tdkt.finding.Severity.VIOLATION
                ? vn.tdkt.finding.Severity.WARNING : ifStated;
    }

    /** On what the decision rests: the plan's words, the presumption for commune-level units, or null when undecided. */
    public static LocalizedText basis(Plan plan) {
        if (plan.unit().reorganised() != null) {
            return STATED;
        }
        return reorganised(plan) == null ? null : PRESUMED;
    }
}
