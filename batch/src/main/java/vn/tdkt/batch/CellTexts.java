package vn.tdkt.batch;

import java.util.List;
import vn.tdkt.check.FindingCollector;
import vn.tdkt.finding.Finding;

/** What a coloured cell of the HTML report's grid says in a few characters. */
final class CellTexts {
    private CellTexts() {}

    /**
     * What a cell says in a few characters: the value the plan states ("205", "27/08", "80%", "01 ngày"), "?" when it
     * states none, the number of findings when the rule reported several, else the clause.
     */
    static String label(List<Finding> findings) {
        if (findings.size() > 1) {
            return "×" + findings.size();
        }
        Finding f = findings.get(0);
        String found = f.found() == null ? null : f.found().vi().strip();
        if (found == null || found.isEmpty() || f.found().equals(FindingCollector.NOT_STATED)) {
            return "?";
        }
        String percent = wholePercent(found.replace(" %", "%").replace(',', '.'));
        if (percent != null) {
            return percent;
        }
        if (found.length() <= 8) {
            return found;
        }
        if (found.length() <= 24) {
            // the day and month of the first date dd/mm/yyyy
            for (int i = 0; i + 10 <= found.length(); i++) {
                if (digits(found, i, 2) && found.charAt(i + 2) == '/' && digits(found, i + 3, 2)
                        && found.charAt(i + 5) == '/' && digits(found, i + 6, 4)) {
                    return found.substring(i, i + 5);
                }
            }
        }
        return clauseOf(f);
    }

    /** "80%" for "80%" or "80.0%"; null for anything else. */
    private static String wholePercent(String s) {
        int end = s.length() - 1;
        if (end < 1 || s.charAt(end) != '%') {
            return null;
        }
        int i = 0;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        int whole = i;
        if (i < end) {
            if (s.charAt(i) != '.' || i + 1 == end) {
                return null;
            }
            for (i++; i < end; i++) {
                if (!isDigit(s.charAt(i))) {
                    return null;
                }
            }
        }
        return s.substring(0, whole) + "%";
    }

    private static boolean digits(String s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String clauseOf(Finding f) {
        return f.citation().clause() == null ? f.ruleId() : f.citation().clause();
    }

}
