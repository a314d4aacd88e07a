package vn.tdkt.model;

import java.time.LocalDate;

/**
 * A dated step of the plan.
 *
 * @param kind      which step
 * @param date      the day; null when the step is named without a date
 * @param qualifier "trước ngày" (BEFORE), "chậm nhất" (NO_LATER_THAN) or on the day
 * @param recipient to whom ("Hội đồng Thi đua - Khen thưởng thành phố (qua Ban Thi đua - Khen thưởng thành phố)")
 * @param text      the plan's own words
 */
public record Deadline(DeadlineKind kind, LocalDate date, DateQualifier qualifier, String recipient, String text) {
    /** The kind is required; a date without a qualifier is the day itself. */
    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (date != null && qualifier == null) {
            qualifier = DateQualifier.ON;
        }
        recipient = Checks.blankToNull(recipient);
        text = Checks.blankToNull(text);
    }
}
