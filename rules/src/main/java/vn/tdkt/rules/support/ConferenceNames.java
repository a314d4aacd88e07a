package vn.tdkt.rules.support;

import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.Editions;
import vn.tdkt.model.Plan;
import vn.tdkt.model.UnitLevel;
import vn.tdkt.text.RomanNumerals;

/**
 * The conference's name (III.3.6): "Hội nghị tuyên dương điển hình tiên tiến xã… (phường, đặc khu) (cơ quan, đơn
 * vị...) Lần thứ I (2025 - 2030)" for a unit that was reorganised, "Hội nghị tuyên dương điển hình tiên tiến cơ
 * quan...(đơn vị...) Lần thứ..... (2025 - 2030)" for an agency that was not. "cơ quan..." is a blank for the agency's
 * own name: "… tiên tiến Sở Tài chính Lần thứ III (2025 - 2030)" fills it, and so does "… tiên tiến cơ quan Sở Tài
 * chính …".
 */
public final class ConferenceNames {
    private ConferenceNames() {}

    /**
     * The edition the name must carry: I for a reorganised unit (as the plan says, or presumed of a commune-level
     * unit); for one that was not, or that does not say, the edition the plan states, or else the one its name
     * states; null when neither says.
     */
    public static Integer edition(Plan plan) {
        return Units.isReorganised(plan) ? Integer.valueOf(1) : ownEdition(plan);
    }

    /** The edition the plan itself gives: apart, or in the conference's name. */
    private static Integer ownEdition(Plan plan) {
        if (plan.conference().edition() != null) {
            return plan.conference().edition();
        }
        return plan.conference().name() == null ? null : Editions.inName(plan.conference().name());
    }

    /** The name the guidance prescribes, or null when the edition is unknown. */
    public static String expected(Plan plan, String template, int termFrom, int termTo) {
        Integer edition = edition(plan);
        return edition == null ? null : fill(plan, template, edition, termFrom, termTo);
    }

    private static String fill(Plan plan, String template, int edition, int termFrom, int termTo) {
        return template.replace("{unit}", plan.unit().qualifiedName())
                .replace("{edition}", RomanNumerals.of(edition))
                .replace("{term}", termFrom + " - " + termTo);
    }

    /**
     * A name that is not the prescribed one: the name expected, and how serious the difference is.
     *
     * @param expected the name the guidance's template gives for this unit, edition and term, shown in the finding
     * @param severity a violation, or a warning when only a presumption about the reorganisation makes the name wrong
     */
    public record Misnamed(String expected, vn.tdkt.finding.Severity severity) {
    }

    /**
     * How the plan's name differs from the prescribed one; null when it is right or its edition is unknown. A name
     * that differs is a violation, except where the only ground is a presumption: a commune-level unit that does not
     * say it was reorganised, naming its conference with the edition the plan itself gives, is asked to verify (a
     * warning). A unit that does not say and whose level is unknown may use either template.
     */
    public static Misnamed misnamed(Plan plan, String name, String template, int termFrom, int termTo) {
        String expected = expected(plan, template, termFrom, termTo);
        if (expected == null || matches(plan, name, expected)) {
            return null;
        }
        if (plan.unit().reorganised() != null) {
            return new Misnamed(expected, vn.tdkt.finding.Severity.VIOLATION);
        }
        if (Units.isReorganised(plan)) {
            Integer own = ownEdition(plan);
            boolean ownEditionFits = own != null && matches(plan, name, fill(plan, template, own, termFrom, termTo));
            return new Misnamed(expected,
                    ownEditionFits ? vn.tdkt.finding.Severity.WARNING : vn.tdkt.finding.Severity.VIOLATION);
        }
        return matches(plan, name, fill(plan, template, 1, termFrom, termTo)) ? null
                : new Misnamed(expected, vn.tdkt.finding.Severity.VIOLATION);
    }

    /** The prescribed name as findings show it: with "…" for an edition nobody states. */
    public static String shown(Plan plan, String template, int termFrom, int termTo) {
        String expected = expected(plan, template, termFrom, termTo);
        return expected != null ? expected : template.replace("{unit}", plan.unit().qualifiedName())
                .replace("{edition}", "…").replace("{term}", termFrom + " - " + termTo);
    }

    /** Which of the two templates applies and why, for the finding's message. */
    public static LocalizedText reorganisationWords(Plan plan) {
        Boolean reorganised = Units.reorganised(plan);
        if (reorganised == null) {
            return new LocalizedText("kế hoạch không nêu đơn vị có sắp xếp tổ chức hay không",
                    "the plan does not say whether the unit was reorganised");
        }
        if (!reorganised) {
            return new LocalizedText("đơn vị không thực hiện sắp xếp", "a unit that was not reorganised");
        }
        LocalizedText basis = Units.basis(plan);
        return new LocalizedText("đơn vị có sắp xếp tổ chức, " + basis.vi(), "a reorganised unit, " + basis.en());
    }

    /**
     * Whether the plan's name is the prescribed one, compared as officials read it: case, spacing, dashes, the
     * edition's spelling ("Lần thứ I", "lần thứ nhất", "Lần thứ I(2025-2030)") aside; for an agency, the template's own
     * word "cơ quan" / "đơn vị" before its name may stay.
     */
    public static boolean matches(Plan plan, String name, String expected) {
        if (name.equals(expected)) {
            return true; // most plans copy the prescribed name
        }
        String found = canonical(name);
        String canonicalExpected = canonical(expected);
        if (found.equals(canonicalExpected)) {
            return true;
        }
        UnitLevel level = plan.unit().level();
        if (level != null && level != UnitLevel.AGENCY) {
            return false;
        }
        // an agency may keep the template's own word before its name; a unit of unknown level may be any
        String unit = Texts.normalise(plan.unit().name());
        String[] prefixes = level == UnitLevel.AGENCY ? new String[] {"cơ quan ", "đơn vị "}
                : new String[] {"xã ", "phường ", "đặc khu ", "cơ quan ", "đơn vị "};
        for (String prefix : prefixes) {
            if (found.equals(canonicalExpected.replace(unit, prefix + unit))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name in a form two writers agree on: {@link Texts#normalise normalised}, the edition as a Roman numeral
     * followed by one space, so "lần thứ nhất (2025-2030)", "Lần thứ I(2025 - 2030)" and "LẦN THỨ I (2025-2030)" agree.
     */
    static String canonical(String name) {
        String text = Texts.normalise(name);
        int at = text.indexOf(Editions.MARK);
        if (at < 0) {
            return text;
        }
        int start = at + Editions.MARK.length();
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        Integer edition = Editions.editionAt(text, start);
        if (edition == null) {
            return text;
        }
        String rest = text.substring(end).stripLeading();
        return text.substring(0, start) + RomanNumerals.of(edition).toLowerCase(java.util.Locale.ROOT)
                + (rest.isEmpty() ? "" : " " + rest);
    }
}
