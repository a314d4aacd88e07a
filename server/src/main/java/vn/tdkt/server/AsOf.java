package vn.tdkt.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import vn.tdkt.finding.Days;

/** The {@code asOf} of a request: a day as the tool reads it ({@link Days#read}), or a 400 problem. */
public final class AsOf {
    private AsOf() {}

    /** The day, or null for none given; throws {@link Problem} (400) when it is no day. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Days.read(v);
        } catch (DateTimeException e) {
            throw Problem.badParameter("asOf",
                    "'" + v + "' không phải một ngày: hãy viết 2025-08-25 hoặc 25/8/2025",
                    "'" + v + "' is not a day: write it 2025-08-25 or 25/8/2025");
        }
    }
}
