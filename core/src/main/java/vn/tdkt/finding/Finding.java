package vn.tdkt.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One itemized result of checking a plan against a clause.
 *
 * @param ruleId   the catalogue id ("HP-03", "CC-1")
 * @param severity violation, warning or advice
 * @param pointer  the JSON Pointer of the plan fact the finding is about ("/conference/date")
 * @param expected what the clause requires, in words or a value ("trước 2025-08-25")
 * @param found    what the plan states, or "not stated"
 * @param quote    the plan's own words for that fact, when known
 * @param citation the clause enforced
 * @param message  the finding in Vietnamese and English
 */
public record Finding(String ruleId, Severity severity, String pointer, String expected, String found, String quote,
                      Citation citation, LocalizedText message) {

    /** Stable report order: rule id (numerically: HP-2 before HP-10), then severity, pointer and message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::ruleId, RuleIds.ORDER)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::pointer, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.message().en());

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
    }
}
