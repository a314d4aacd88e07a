package vn.tdkt.rules.support;

import vn.tdkt.model.Plan;
import vn.tdkt.model.UnitLevel;

/**
 * The conference's name (III.3.6): "Hội nghị tuyên dương điển hình tiên tiến xã … Lần thứ I (2025 - 2030)" for a unit
 * that was reorganised, "… Lần thứ … (2025 - 2030)" for one that was not.
 */
public final class ConferenceNames {
    private ConferenceNames() {}

    /**
     * Whether the first-edition template applies. A plan that does not say is taken as reorganised when it is a
     * commune-level unit: since 1 July 2025 every xã, phường and đặc khu is a unit of the new two-level government.
     */
    public static boolean reorganised(Plan plan) {
        if (plan.unit().reorganised() != null) {
            return plan.unit().reorganised();
        }
        return plan.unit().level() != null && plan.unit().level() != UnitLevel.AGENCY;
    }

    /** The name the guidance prescribes, or null when the edition of a unit that was not reorganised is unknown. */
    public static String expected(Plan plan, String template, int termFrom, int termTo) {
        Integer edition = reorganised(plan) ? Integer.valueOf(1) : plan.conference().edition();
        if (edition == null) {
            return null;
        }
        return template.replace("{unit}", plan.unit().qualifiedName())
                .replace("{edition}", Texts.roman(edition))
                .replace("{term}", termFrom + " - " + termTo);
    }

    public static boolean matches(String name, String expected) {
        return Texts.same(name, expected);
    }
}
