package vn.tdkt.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One itemized result of checking a plan against a clause.
 *
 * @param ruleId   the catalogue id ("HP-03", "CC-1")
 * @param severity violation, warning or advice
 * @param pointer  the JSON Pointer of the plan fact the finding is about ("/conference/date")
 * @param expected what the clause requires, in words or a value, in both languages ("trước ngày 25/08/2025" /
 *                 "before 25/08/2025"); words of the guidance or the plan are quoted in both
 * @param found    what the plan states, in both languages; "(không nêu)" / "(not stated)" when it does not
 * @param quote    the plan's own words for that fact, when known
 * @param citation the clause enforced
 * @param message  the finding in Vietnamese and English
 * @param waiver   the host's waiver that keeps this finding from counting toward the verdict, or null
 * @param explanation the facts and parameter values the finding was decided on, when asked for; or null
 */
public record Finding(String ruleId, Severity severity, String pointer, LocalizedText expected, LocalizedText found, String quote,
                      Citation citation, LocalizedText message, Waiver waiver, Explanation explanation) {

    /** Stable report order: rule id (numerically: HP-2 before HP-10), then severity, pointer and message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::ruleId, RuleIds.ORDER)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::pointer, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.message().en());

    /** The rule, severity, citation and message are required: a finding without them cannot be reported. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
    }

    /** A finding as a rule makes it: not waived, and not explained (the engine adds either afterwards). */
    public Finding(String ruleId, Severity severity, String pointer, LocalizedText expected, LocalizedText found, String quote,
                   Citation citation, LocalizedText message) {
        this(ruleId, severity, pointer, expected, found, quote, citation, message, null, null);
    }

    /** Whether a host's waiver keeps this finding from counting toward the verdict. */
    public boolean isWaived() {
        return waiver != null;
    }

    /** The same finding, waived. */
    public Finding waived(Waiver by) {
        return new Finding(ruleId, severity, pointer, expected, found, quote, citation, message,
                Objects.requireNonNull(by, "waiver"), explanation);
    }

    /** The same finding, with its explanation. */
    public Finding explained(Explanation why) {
        return new Finding(ruleId, severity, pointer, expected, found, quote, citation, message, waiver, why);
    }
}
