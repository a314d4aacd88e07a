package vn.tdkt.batch.html;

import java.util.ArrayList;
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

    private static final int LONGEST = KNOWN.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static void term(String term, String vi, String en) {
        if (!term.chars().allMatch(c -> isCapital((char) c))) {
            throw new IllegalArgumentException(term + ": scan finds words of capitals A to Z and Đ only");
        }
        KNOWN.put(term, new ReportPage.Term(term, vi, en));
    }

    /**
     * Adds to {@code found} the known abbreviations that the text holds as words of their own ("QĐ" and "UBND" in
     * "3194/QĐ-UBND"). It runs on every text of every plan, so it only looks closer at a run of the capitals the known
     * abbreviations are written in (A to Z, Đ).
     */
    public static void scan(String text, Set<String> found) {
        if (text == null) {
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isCapital(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isCapital(text.charAt(i))) {
                i++;
            }
            // a word of its own: no letter just before or after the run ("HỘI" is no "H")
            if (i - start >= 2 && i - start <= LONGEST && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && (i == length || !Character.isLetter(text.charAt(i)))) {
                String word = text.substring(start, i);
                if (KNOWN.containsKey(word)) {
                    found.add(word);
                }
            }
        }
    }

    private static boolean isCapital(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Đ';
    }

    /** The abbreviations found, spelled out, in the key's order. */
    public static List<ReportPage.Term> spelledOut(Set<String> found) {
        List<ReportPage.Term> terms = new ArrayList<>(found.size());
        KNOWN.forEach((word, term) -> {
            if (found.contains(word)) {
                terms.add(term);
            }
        });
        return terms;
    }
}
