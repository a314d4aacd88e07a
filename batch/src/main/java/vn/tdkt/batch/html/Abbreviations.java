package vn.tdkt.batch.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations that the texts on the page may carry (a document's number "3194/QĐ-UBND", a guidance's citation,
 * an input's reason), each spelled out; the page's key lists those its texts use. The page's own headings spell out
 * their abbreviations in its template.
 */
public final class Abbreviations {
    private Abbreviations() {}

    /** Each abbreviation, in the order the key lists them. */
    private static final Map<String, ReportPage.Term> KNOWN = new LinkedHashMap<>();

    static {
        term("UBND", "Ủy ban nhân dân", "People's Committee");
        term("HĐND", "Hội đồng nhân dân", "People's Council");
        term("QĐ", "Quyết định", "decision");
        term("KH", "Kế hoạch", "plan");
        term("HD", "Hướng dẫn", "guidance");
        term("BNV", "Bộ Nội vụ", "Ministry of Home Affairs");
        term("HĐTĐKT", "Hội đồng Thi đua – Khen thưởng", "Emulation and Commendation Council");
        term("TĐKT", "Thi đua – Khen thưởng", "emulation and commendation");
        term("MTTQ", "Mặt trận Tổ quốc", "Fatherland Front");
        term("JSON", "định dạng dữ liệu của kế hoạch", "the plans' data format");
        term("NDJSON", "tệp JSON mỗi dòng một kế hoạch", "JSON, one plan per line");
        term("CSV", "bảng dữ liệu dạng văn bản, mỗi dòng một đầu vào", "a table as text, one row per input");
    }

    /** The length of the longest abbreviation: a longer run of capitals is no abbreviation of the list. */
    private static final int LONGEST = longest();

    private static int longest() {
        int longest = 0;
        for (String word : KNOWN.keySet()) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static void term(String term, String vi, String en) {
        for (int i = 0; i < term.length(); i++) {
            if (!isCapital(term.charAt(i))) {
                throw new IllegalArgumentException(term + ": the finder reads words of capitals A to Z and Đ only");
            }
        }
        KNOWN.put(term, new ReportPage.Term(term, vi, en));
    }

    /**
     * Finds the known abbreviations that texts hold as words of their own ("QĐ" and "UBND" in "3194/QĐ-UBND"). It
     * reads texts of every plan, so it copies each into one buffer and looks closer only at a run of the capitals the
     * known abbreviations are written in (A to Z, Đ). Not for several threads at once.
     */
    public static final class Finder {
        private final Set<String> found;
        private char[] chars = new char[256];

        /** A finder that has found nothing yet. */
        public Finder() {
            this(new HashSet<>());
        }

        private Finder(Set<String> found) {
            this.found = found;
        }

        /** A finder that starts from what this one found, and finds apart from it. */
        public Finder copy() {
            return new Finder(new HashSet<>(found));
        }

        /** Looks for the abbreviations in the text (nothing for null). */
        public void scan(String text) {
            if (text == null) {
                return;
            }
            int length = text.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            text.getChars(0, length, chars, 0);
            int i = 0;
            while (i < length) {
                if (!isCapital(chars[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < length && isCapital(chars[i])) {
                    i++;
                }
                // a word of its own: no letter just before or after the run ("HỘI" is no "H")
                if (i - start >= 2 && i - start <= LONGEST && (start == 0 || !Character.isLetter(chars[start - 1]))
                        && (i == length || !Character.isLetter(chars[i]))) {
                    for (String word : KNOWN.keySet()) {
                        if (word.length() == i - start && text.regionMatches(start, word, 0, word.length())) {
                            found.add(word);
                        }
                    }
                }
            }
        }

        /** The abbreviations found, spelled out, in the key's order. */
        public List<ReportPage.Term> spelledOut() {
            List<ReportPage.Term> terms = new ArrayList<>(found.size());
            KNOWN.forEach((word, term) -> {
                if (found.contains(word)) {
                    terms.add(term);
                }
            });
            return terms;
        }
    }

    private static boolean isCapital(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }
}
