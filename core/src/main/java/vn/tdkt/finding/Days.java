package vn.tdkt.finding;

import java.time.LocalDate;

/** A day as the reports write it to people, in every language and every output: 25/08/2025. */
public final class Days {
    private Days() {}

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
