package vn.tdkt.model;

/**
 * A span of years such as the term 2025 - 2030 or the evaluation period 2020 - 2025.
 *
 * @param from the first year
 * @param to   the last year, the same as {@code from} or later
 */
public record YearRange(int from, int to) {
    /** Refuses years before 1945 or after 2100 (a misread number, not a term) and a span that runs backwards. */
    public YearRange {
        if (from < 1945 || to > 2100) {
            throw new IllegalArgumentException("years must lie between 1945 and 2100 (was " + from + "-" + to + ")");
        }
        if (from > to) {
            throw new IllegalArgumentException("from must not be after to (was " + from + "-" + to + ")");
        }
    }

    /** Whether this is the span from one year to another ("from" is a keyword of DRL, so rules ask this way). */
    public boolean spans(int fromYear, int toYear) {
        return from == fromYear && to == toYear;
    }

    @Override
    public String toString() {
        return from + " - " + to;
    }
}
