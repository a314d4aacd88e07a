package vn.tdkt.model;

import java.time.LocalDate;
import java.util.Locale;
import vn.tdkt.text.VietnameseText;

/**
 * A document: the plan itself or the guidance it implements.
 *
 * @param issuer "UBND thành phố Hải Phòng"; null when not stated
 * @param number "3194/QĐ-UBND"; null when the number is left blank, as drafts often do
 * @param date   the signing date; null when undated ("ngày ... tháng ... năm 2025")
 * @param title  the trích yếu, if any
 */
public record DocumentRef(String issuer, String number, LocalDate date, String title) {
    /** Blank texts are taken for not stated. */
    public DocumentRef {
        issuer = Checks.blankToNull(issuer);
        number = Checks.blankToNull(number);
        title = Checks.blankToNull(title);
    }

    /** A document of which nothing is known: the plan names none. */
    public static DocumentRef unknown() {
        return new DocumentRef(null, null, null, null);
    }

    /** The number in a form two writers agree on: no spaces, upper case, Đ folded to D. */
    public String normalisedNumber() {
        return number == null ? null : normaliseNumber(number);
    }

    /**
     * A document number in the form two writers agree on: "3194/QĐ-UBND", "3194 / qđ-ubnd" and "3194/QD-UBND" are all
     * "3194/QD-UBND" ({@link VietnameseText#fold folded}, without spaces, upper case).
     */
    public static String normaliseNumber(String number) {
        return VietnameseText.fold(number).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
