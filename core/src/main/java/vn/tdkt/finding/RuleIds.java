package vn.tdkt.finding;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rule ids look like "HP-03" or "CC-1": a prefix and a number, ordered by prefix and then by number. */
public final class RuleIds {
    private static final Pattern ID = Pattern.compile("([A-Z]+)-(\\d+)");

    public static final Comparator<String> ORDER = (a, b) -> {
        Matcher ma = ID.matcher(a);
        Matcher mb = ID.matcher(b);
        if (ma.matches() && mb.matches()) {
            int prefix = ma.group(1).compareTo(mb.group(1));
            return prefix != 0 ? prefix : Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
        }
        return a.compareTo(b);
    };

    private RuleIds() {}

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
