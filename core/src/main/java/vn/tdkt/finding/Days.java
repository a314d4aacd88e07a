package vn.tdkt.finding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A day as the reports write it to people, in every language and every output (25/08/2025), and a day as people give
 * it to the tools (2025-08-25, or 25/8/2025 as Vietnamese documents write it).
 */
public final class Days {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Days() {}

    /**
     * The day a person gave: ISO (2025-08-25) or day/month/year (25/8/2025, 25/08/2025), spaces around it ignored.
     *
     * @throws DateTimeException when it is no day of either form (31/2/2025, 2025-13-01, "tomorrow")
     */
    public static LocalDate read(String text) {
        String v = text.strip();
        return v.contains("/") ? LocalDate.parse(v, VIETNAMESE) : LocalDate.parse(v);
    }

    /** 25/08/2025. By hand: every dated finding formats a day, and a formatter costs more than the check. */
    public static String written(LocalDate date) {
        StringBuilder out = new StringBuilder(10);
        twoDigits(out, date.getDayOfMonth()).append('/');
        twoDigits(out, date.getMonthValue()).append('/');
        return out.append(date.getYear()).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return (n < 10 ? out.append('0') : out).append(n);
    }
}
