package vn.tdkt.importer.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.importer.DocumentParagraphs;
import vn.tdkt.importer.DocumentParagraphs.DateHit;
import vn.tdkt.importer.DocumentParagraphs.Para;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.PriorityGroup;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;
import vn.tdkt.text.RomanNumerals;

/**
 * A guidance document's paragraphs as its readers walk them: the clause path of each (its section, roman "II." or a
 * part "Phần II", and its numbered article), where the plan's body starts, the paragraphs that are no part of the text
 * (a web page's furniture), and what has been read so far (the header, the parameters, the clauses a check needs, the
 * notes for the README).
 */
abstract class GuidanceText {
    final List<Para> paras;
    final String[] clauses;
    final int planStart;
    Integer year;

    final Map<String, Fact> header = new LinkedHashMap<>();
    final Map<String, Fact> facts = new LinkedHashMap<>();
    final Map<String, Fact> presences = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    GuidanceText(List<Para> paras) {
        this.paras = paras;
        this.clauses = new String[paras.size()];
        int firstRoman = -1;
        String roman = null;
        String number = null;
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Para p : paras) {
            if (!p.row() && "NONE".equals(p.kind())) {
                seen.merge(p.folded().strip(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String part = part(p);
            if (!p.row() && "NONE".equals(p.kind()) && (p.folded().matches(".*(?:https?://|www\\.).*")
                    || p.text().strip().startsWith("©") || p.text().length() < 100 && seen.get(p.folded().strip()) > 1)) {
                furniture.add(i);
            }
            if (!p.row() && ("ROMAN".equals(p.kind()) || part != null)) {
                roman = part != null ? part : p.marker();
                number = null;
                if (firstRoman < 0) {
                    firstRoman = i;
                }
            } else if (!p.row() && "NUMBER".equals(p.kind()) && roman != null) {
                number = p.marker();
            }
            clauses[i] = roman == null ? null : number == null ? roman : roman + "." + number;
        }
        this.planStart = firstRoman < 0 ? 0 : firstRoman;
    }

    /** The paragraphs that are no part of the text: a web page's address, a running header repeated, a copyright line. */
    final Set<Integer> furniture = new java.util.HashSet<>();

    static final Pattern PART = Pattern.compile("^phan\\s+(?:thu\\s+)?([ivxl]{1,4}|\\d{1,2}|nhat|hai|ba|tu|bon|nam)\\b[.:]?");
    static final List<String> PART_WORDS = List.of("nhat", "hai", "ba", "tu", "nam");

    /**
     * The part a paragraph opens, as a roman numeral ("Phần I", "PHẦN II. …", "Phần 3", "Phần thứ nhất"): a Hướng dẫn is
     * written in parts with Arabic-numbered articles, where a Kế hoạch has roman sections; or null.
     */
    static String part(Para p) {
        if (p.row() || !"NONE".equals(p.kind()) || p.text().length() > 120) {
            return null;
        }
        Matcher m = PART.matcher(p.folded().strip());
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        Integer scanned = RomanNumerals.valueAsScanned(n);
        int value = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("bon") ? 4 : PART_WORDS.indexOf(n) >= 0
                ? PART_WORDS.indexOf(n) + 1 : scanned == null ? 0 : scanned;
        return value < 1 || value > 10 ? null : RomanNumerals.of(value);
    }

    String headerClause(int index) {
        for (int i = index; i >= 0; i--) {
            String f = paras.get(i).folded().strip();
            if (f.equals("ke hoach")) {
                return "Kế hoạch";
            }
            if (f.equals("huong dan")) {
                return "Hướng dẫn";
            }
            if (f.equals("quyet dinh") || f.equals("quyet dinh:")) {
                return "Quyết định";
            }
        }
        for (int i = index; i < planStart; i++) {
            String f = paras.get(i).folded().strip();
            if (f.equals("quyet dinh")) {
                return "Quyết định";
            }
            if (f.equals("ke hoach")) {
                return "Kế hoạch";
            }
            if (f.equals("huong dan")) {
                return "Hướng dẫn";
            }
        }
        return "Kế hoạch";
    }

    /** The first paragraph of the plan whose body starts with a label ("hinh thuc", "thoi gian") followed by ":". */
    int labelled(String label) {
        for (int i = planStart; i < paras.size(); i++) {
            String body = DocumentParagraphs.fold(paras.get(i).body()).strip();
            if (body.startsWith(label) && body.indexOf(':') > 0 && body.indexOf(':') < label.length() + 16) {
                return i;
            }
        }
        return -1;
    }

    void put(String parameter, Object value, int index, String text) {
        Para p = paras.get(index);
        facts.put(parameter, new Fact(parameter, value, clause(index), text, p.where()));
    }

    String clause(int index) {
        return clauses[index] == null ? headerClause(index) : clauses[index];
    }

    /** The first heading of the plan whose folded body starts with these words. */
    int heading(String words) {
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isHeading() && !p.row() && DocumentParagraphs.fold(p.body()).startsWith(words)) {
                return i;
            }
        }
        return -1;
    }

    /** The paragraphs under a heading, to the next heading of its level or higher. */
    List<Integer> under(int h) {
        List<Integer> out = new ArrayList<>();
        int level = paras.get(h).level();
        for (int i = h + 1; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isHeading() && !p.row() && p.level() <= level) {
                break;
            }
            out.add(i);
        }
        return out;
    }
}
