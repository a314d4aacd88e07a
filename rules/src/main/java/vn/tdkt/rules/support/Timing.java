package vn.tdkt.rules.support;

import java.time.LocalDate;
import vn.tdkt.model.DateQualifier;

/**
 * Whether a dated step meets a deadline the guidance writes as "trước ngày D" (before day D).
 *
 * <p>A plan's "trước ngày X" commits to the day before X at the latest; "ngày X" and "chậm nhất ngày X" to X itself.
 * That latest day is compared with D: before D is in time, after D is late, and D itself depends on the reading of
 * "trước ngày", which practice reads both ways. The reading is a pack parameter ({@code deadline.reading}).
 */
public enum Timing {
    IN_TIME,
    ON_BOUNDARY,
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
        LocalDate latest = qualifier == DateQualifier.BEFORE ? date.minusDays(1) : date;
        if (latest.isBefore(deadline)) {
            return IN_TIME;
        }
        if (latest.isAfter(deadline)) {
            return LATE;
        }
        return switch (reading) {
            case STRICT -> LATE;
            case INCLUSIVE -> IN_TIME;
            case BOUNDARY_IS_WARNING -> ON_BOUNDARY;
            default -> throw new IllegalArgumentException("unknown reading of 'trước ngày': " + reading);
        };
    }

    /** The day as the plan words it: "trước 25/08/2025" or "25/08/2025". */
    public static String describe(LocalDate date, DateQualifier qualifier) {
        String day = vn.tdkt.engine.FindingCollector.format(date);
        return switch (qualifier == null ? DateQualifier.ON : qualifier) {
            case BEFORE -> "trước ngày " + day;
            case NO_LATER_THAN -> "chậm nhất ngày " + day;
            case ON -> day;
        };
    }
}
