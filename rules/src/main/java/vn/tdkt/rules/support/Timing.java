package vn.tdkt.rules.support;

import java.time.LocalDate;
import vn.tdkt.model.DateQualifier;

/**
 * Whether a dated step meets a deadline the guidance writes as "trước ngày D" (before day D), comparing like with like.
 *
 * <ul>
 *   <li>A plan's own "trước ngày X" is the same kind of bound as the guidance's: X no later than D is in time, X after D
 *       is late (one day after is still after). Nothing sits on a boundary.</li>
 *   <li>A day ("ngày X") or "chậm nhất ngày X" (no later than X) allows the day X itself: before D is in time, after D
 *       is late, and D itself depends on how "trước ngày D" is read, which practice reads both ways. The reading is a
 *       pack parameter ({@code deadline.reading}).</li>
 * </ul>
 */
public enum Timing {
    /** The step meets the deadline. */
    IN_TIME,
    /** The step falls on day D itself, which the pack reads as neither in time nor late: a warning to verify. */
    ON_BOUNDARY,
    /** The step misses the deadline. */
    LATE;

    /** "trước ngày D" read as an open bound: the day D itself is on the boundary and reported as a warning. */
    public static final String BOUNDARY_IS_WARNING = "BOUNDARY_IS_WARNING";
    /** "trước ngày D" read strictly: D itself is late. */
    public static final String STRICT = "STRICT";
    /** "trước ngày D" read as "by D": D itself is in time. */
    public static final String INCLUSIVE = "INCLUSIVE";

    /** Null when the date is unknown. */
    public static Timing of(LocalDate date, DateQualifier qualifier, LocalDate deadline, String reading) {
        if (date == null || deadline == null) {
            return null;
        }
        if (qualifier == DateQualifier.BEFORE) {
            return date.isAfter(deadline) ? LATE : IN_TIME;
        }
        if (date.isBefore(deadline)) {
            return IN_TIME;
        }
        if (date.isAfter(deadline)) {
            return LATE;
        }
        return switch (reading) {
            case STRICT -> LATE;
            case INCLUSIVE -> IN_TIME;
            case BOUNDARY_IS_WARNING -> ON_BOUNDARY;
            default -> throw new IllegalArgumentException("unknown reading of 'trước ngày': " + reading);
        };
    }

    /** The last day a step may fall on: the day before X for "trước ngày X", else X itself. */
    public static LocalDate latestDay(LocalDate date, DateQualifier qualifier) {
        return qualifier == DateQualifier.BEFORE ? date.minusDays(1) : date;
    }
}
