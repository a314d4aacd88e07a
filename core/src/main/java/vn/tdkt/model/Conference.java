package vn.tdkt.model;

import java.time.LocalDate;

/**
 * The conference the plan organises. Every field may be null: the plan did not state it.
 *
 * @param form          the form of the event ("Hội nghị tuyên dương điển hình tiên tiến")
 * @param name          the conference's full name as the plan writes it
 * @param edition       lần thứ (1 for "Lần thứ I")
 * @param term          the term in the name (2025 - 2030)
 * @param date          the day, or the day it is committed to be held before
 * @param dateQualifier whether {@code date} is the day itself or a "trước ngày" commitment
 * @param length        one session, half a day, one day, several days
 * @param venue         địa điểm
 */
public record Conference(String form, String name, Integer edition, YearRange term, LocalDate date,
                         DateQualifier dateQualifier, SessionLength length, String venue) {
    /** Refuses an edition below 1; a date without a qualifier is the day itself. */
    public Conference {
        form = Checks.blankToNull(form);
        name = Checks.blankToNull(name);
        venue = Checks.blankToNull(venue);
        if (edition != null && edition < 1) {
            throw new IllegalArgumentException("edition must be 1 or more (was " + edition + ")");
        }
        if (date != null && dateQualifier == null) {
            dateQualifier = DateQualifier.ON;
        }
    }

    /** A conference of which the plan states nothing: the section is never null, its facts are. */
    public static Conference unknown() {
        return new Conference(null, null, null, null, null, null, null, null);
    }
}
