package vn.tdkt.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** A day as ISO writes it (2025-08-25) or as Vietnamese documents do (25/8/2025, 25/08/2025), as the tool reads it. */
public final class Days {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Days() {}

    /** The day, or null for none given; throws {@link Problem} (400) when it is no day. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE) : LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw Problem.badParameter("asOf",
                    "'" + v + "' không phải một ngày: hãy viết 2025-08-25 hoặc 25/8/2025",
                    "'" + v + "' is not a day: write it 2025-08-25 or 25/8/2025");
        }
    }
}
