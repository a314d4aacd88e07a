package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proper names in running text: the words with a capital each after "xã", "phường", "thành phố". Vietnamese names are
 * ordinary words (Tiên Lãng, Nam Đồng, Kinh Môn), so a name ends at a word only where that word opens a phrase that
 * is no name ("Lần thứ", "Tiên tiến", "Năm 2025", "Ban hành"), never at the word alone.
 */
final class ProperNames {
    /** Function words: a name never holds them. */
    private static final Set<String> STOPS = Set.of("va", "ve", "theo", "gui", "qua", "cua", "tai", "tren", "tu", "den",
            "voi", "cho", "thuoc", "nhu");
    /** Phrases (folded) that end a name where they start: the words after the name in a title or a heading. */
    private static final Pattern PHRASE_STOP = Patterns.compile("^(?:lan(?: thu)?(?: [ivxl\\d]+| nhat)\\b|lan thu\\b"
            + "|giai doan\\b|tien tien\\b|tien toi\\b|nam \\d|ban hanh\\b|ngay \\d|hoi nghi\\b|dai hoi\\b|thi dua\\b"
            + "|kinh phi\\b|uy ban\\b|hoi dong\\b|thi tran\\b|cong hoa\\b|doc lap\\b|hoi (?:nong dan|lien hiep|cuu chien binh|phu nu)\\b)");

    private ProperNames() {}

    /** The words with a capital each that follow an offset ("Kẻ Sặt" in "xã Kẻ Sặt lần thứ I"); null if none. */
    static String titleWords(String text, int from) {
        // The name's four words at most, and the three tokens after each that may stop it: the eight tokens after the
        // leading spaces are all that is read, never the rest of a paragraph (a paragraph may be a whole document).
        int start = Math.min(from, text.length());
        int end = start;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        for (int spaces = 0; end < text.length(); end++) {
            if (text.charAt(end) == ' ' && ++spaces == 8) {
                break;
            }
        }
        String rest = text.substring(start, end);
        String[] tokens = rest.split(" ", -1);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.isEmpty()) {
                if (words.isEmpty()) {
                    continue;
                }
                break;
            }
            String word = withoutClosing(token);
            if (word.isEmpty() || !titleCase(word) || STOPS.contains(Folded.key(word)) || words.size() == 4) {
                break;
            }
            String following = Folded.key(String.join(" ", List.of(tokens).subList(i, Math.min(tokens.length, i + 3))));
            if (PHRASE_STOP.matcher(following).find()) {
                break;
            }
            words.add(word);
            if (!word.equals(token)) {
                break;
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** A token without the punctuation that closes it: ",", ".", ";", ":", ")" and closing quotes. */
    private static String withoutClosing(String token) {
        int end = token.length();
        while (end > 0 && ",.;:)\"”’".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    static boolean titleCase(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** "Kẻ Sặt" for "KẺ SẶT": each word with its capital. */
    static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.toLowerCase(Locale.forLanguageTag("vi")).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /**
     * The spelling to state a name in, among those the document uses: one that needs no OCR correction first (in a
     * text without diacritics "Dai Son" rather than "Pai Son"), then the one with the most diacritics, then the most
     * frequent, then the first.
     */
    static String bestSpelling(List<String> spellings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : spellings) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts.keySet().stream().min(Comparator
                .comparing((String s) -> !Folded.plain(s).text().replaceAll("\\s+", " ").strip().equals(Folded.key(s)))
                .thenComparing(s -> -marks(s))
                .thenComparing(s -> -counts.get(s))).orElseThrow();
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Folded.marked(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
