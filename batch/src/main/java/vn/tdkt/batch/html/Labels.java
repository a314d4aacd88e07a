package vn.tdkt.batch.html;

import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Verdict;

/**
 * What the page calls a severity or a verdict, in words and as a CSS class; how it writes a count; the id it gives a
 * rule's row.
 */
public final class Labels {
    private Labels() {}

    /** "Vi phạm", "Cảnh báo", "Khuyến nghị". */
    public static String word(Severity s) {
        return switch (s) {
            case VIOLATION -> "Vi phạm";
            case WARNING -> "Cảnh báo";
            case ADVICE -> "Khuyến nghị";
        };
    }

    /** "Không đạt", "Cần xem xét", "Đạt". */
    public static String word(Verdict v) {
        return switch (v) {
            case REJECT -> "Không đạt";
            case REVIEW -> "Cần xem xét";
            case ACCEPT -> "Đạt";
        };
    }

    /** The class of a severity's colour in the stylesheet: "v", "w", "a". */
    public static String css(Severity s) {
        return switch (s) {
            case VIOLATION -> "v";
            case WARNING -> "w";
            case ADVICE -> "a";
        };
    }

    /** The class of a verdict's colour in the stylesheet: "reject", "review", "accept". */
    public static String css(Verdict v) {
        return switch (v) {
            case REJECT -> "reject";
            case REVIEW -> "review";
            case ACCEPT -> "accept";
        };
    }

    /** A count as Vietnamese writes it: 3.142. */
    public static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** The id of a rule's row in the rules table ("r-HP-09"); a space, which an id may not hold, becomes "_". */
    public static String ruleAnchor(String ruleId) {
        StringBuilder id = new StringBuilder(ruleId.length() + 2).append("r-");
        for (int i = 0; i < ruleId.length(); i++) {
            char c = ruleId.charAt(i);
            id.append(Character.isWhitespace(c) ? '_' : c);
        }
        return id.toString();
    }
}
