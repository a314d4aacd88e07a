package vn.tdkt.finding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The document that approves a departure from the guidance: its number, date and signer. A waiver without one is
 * not a waiver.
 *
 * @param number the document's number ("125/QĐ-UBND"), as written
 * @param date   the day it was signed
 * @param signer who signed it, by name or office
 */
public record ApprovingDocument(String number, LocalDate date, String signer) {
    /** All three are required: a blank number or signer, or no date, is refused; the text is stripped. */
    public ApprovingDocument {
        number = required(number, "number");
        Objects.requireNonNull(date, "the approving document's date is required");
        signer = required(signer, "signer");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the approving document's " + field + " is required");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return number + " ngày " + date + " (" + signer + ")";
    }
}
