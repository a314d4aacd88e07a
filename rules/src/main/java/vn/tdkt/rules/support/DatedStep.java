package vn.tdkt.rules.support;

import java.time.LocalDate;
import vn.tdkt.check.FindingCollector;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Labelled;

/**
 * A dated step of the plan and where it stands in the plan document; shown as the plan words it: "28/08/2025",
 * "trước ngày 31/08/2025" (before 31/08/2025), "chậm nhất ngày 25/08/2025" (no later than 25/08/2025).
 *
 * @param date      the day the plan writes
 * @param qualifier whether the day is the step's own, or a bound it commits to; null is the day itself
 * @param pointer   the JSON Pointer of the date in the plan ("/deadlines/2/date"), which a finding points at
 * @param recipient to whom the step goes, as the plan writes it; null when it names no one or it is not a deadline
 */
public record DatedStep(LocalDate date, DateQualifier qualifier, String pointer, String recipient)
        implements Labelled {

    /** A step that goes to no one: the conference, the plan's own date. */
    public DatedStep(LocalDate date, DateQualifier qualifier, String pointer) {
        this(date, qualifier, pointer, null);
    }

    /** The guidance's own deadline "trước ngày D", as a value findings show. */
    public static DatedStep before(LocalDate day) {
        return new DatedStep(day, DateQualifier.BEFORE, null, null);
    }

    /**
     * How the step meets the guidance's "trước ngày {@code deadline}", with the day itself read as the pack's
     * {@code deadline.reading} says; null when either date is unknown.
     */
    public Timing timing(LocalDate deadline, String reading) {
        return Timing.of(date, qualifier, deadline, reading);
    }

    /** Whether the step is a commitment to a bound ("trước ngày", "chậm nhất ngày") rather than a day. */
    public boolean isCommitment() {
        return qualifier == DateQualifier.BEFORE || qualifier == DateQualifier.NO_LATER_THAN;
    }

    /** The outcome's name for this step: {@code base} for a day, {@code base-commitment} for a bound. */
    public String outcome(String base) {
        return isCommitment() ? base + "-commitment" : base;
    }

    @Override
    public String label() {
        String day = FindingCollector.format(date);
        return switch (qualifier == null ? DateQualifier.ON : qualifier) {
            case BEFORE -> "trước ngày " + day;
            case NO_LATER_THAN -> "chậm nhất ngày " + day;
            case ON -> day;
        };
    }

    @Override
    public String labelEn() {
        String day = FindingCollector.format(date);
        return switch (qualifier == null ? DateQualifier.ON : qualifier) {
            case BEFORE -> "before " + day;
            case NO_LATER_THAN -> "no later than " + day;
            case ON -> day;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
