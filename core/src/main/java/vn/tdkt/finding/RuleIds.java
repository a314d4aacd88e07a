package vn.tdkt.finding;

import java.util.Comparator;
import java.util.regex.Pattern;

/** Rule ids look like "HP-03" or "CC-1": a prefix and a number, ordered by prefix and then by number. */
public final class RuleIds {
    private static final Pattern ID = Pattern.compile("([A-Z]+)-(\\d+)");

    /** Sorting findings runs this for every pair, so it splits the ids by hand rather than with a regex. */
    public static final Comparator<String> ORDER = (a, b) -> {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        if (da > 0 && db > 0 && digits(a, da + 1) && digits(b, db + 1)) {
            int prefix = a.substring(0, da).compareTo(b.substring(0, db));
            if (prefix != 0) {
                return prefix;
            }
            int byNumber = Integer.compare(Integer.parseInt(a, da + 1, a.length(), 10),
                    Integer.parseInt(b, db + 1, b.length(), 10));
            return byNumber != 0 ? byNumber : a.compareTo(b);
        }
        return a.compareTo(b);
    };

    private static boolean digits(String s, int from) {
        if (from >= s.length() || s.length() - from > 9) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private RuleIds() {}

    /** Whether the text is a rule id: upper-case letters, a hyphen and a number ("HP-03"), as a waiver must name. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
