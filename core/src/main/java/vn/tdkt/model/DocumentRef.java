package vn.tdkt.model;

import java.time.LocalDate;

/**
 * A document: the plan itself or the guidance it implements.
 *
 * @param issuer "UBND thành phố Hải Phòng"; null when not stated
 * @param number "3194/QĐ-UBND"; null when the number is left blank, as drafts often do
 * @param date   the signing date; null when undated ("ngày ... tháng ... năm 2025")
 * @param title  the trích yếu, if any
 */
public record DocumentRef(String issuer, String number, LocalDate date, String title) {
    public DocumentRef {
        issuer = Checks.blankToNull(issuer);
        number = Checks.blankToNull(number);
        title = Checks.blankToNull(title);
    }

    public static DocumentRef unknown() {
        return new DocumentRef(null, null, null, null);
    }

    /** The number in a form two writers agree on: no spaces, upper case, Đ folded to D. */
    public String normalisedNumber() {
        return number == null ? null : normaliseNumber(number);
    }

    public static String normaliseNumber(String number) {
        // One pass by hand: rules compare guidance numbers for every plan checked.
        StringBuilder out = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            out.append(c == 'Đ' || c == 'đ' ? 'D' : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
