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

/**
 * Reads a guidance's header: its number (also as OCR reads "Số:"), the issuing body above it (an Ủy ban nhân dân, or
 * its Ban Thi đua - Khen thưởng, Hội đồng Thi đua - Khen thưởng or Sở Nội vụ), the province, the day of signing (or
 * the month when the day is left blank) and the title under "KẾ HOẠCH" or "HƯỚNG DẪN".
 */
abstract class GuidanceHeader extends GuidanceText {
    static final Pattern PROVINCE = Pattern.compile("\\b(?:uy ban nhan dan|ubnd)\\s+(thanh pho|tinh)\\s+([a-z]+(?:\\s+[a-z]+){0,3})");
    static final Pattern NUMBER = Pattern.compile("(?i)\\bs[ốo]\\s*:?\\s*(\\d{1,6}\\s*/\\s*[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)");
    static final Pattern BLANK_NUMBER = Pattern.compile("\\bso\\s*:?\\s*/\\s*[a-z]");
    static final Pattern MONTH = Pattern.compile("\\bngay\\s*(?:\\.{0,5}|…)?\\s*thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");

    GuidanceHeader(List<Para> paras) {
        super(paras);
    }

    void readHeader() {
        // The number first: the lines above it are the issuing body's.
        int numberAt = -1;
        for (int i = 0; i < planStart; i++) {
            Para p = paras.get(i);
            Matcher m = NUMBER.matcher(p.folded());
            if (m.find()) {
                String number = p.original(m.start(1), m.end(1)).replaceAll("\\s+", "");
                header.put("guidance.number", new Fact("guidance.number", number, headerClause(i), p.text(), p.where()));
                facts.put("guidance.number", header.get("guidance.number"));
                numberAt = i;
                break;
            }
            if (BLANK_NUMBER.matcher(p.folded()).find()) {
                notes.add("the number is left blank (" + p.where() + ": \"" + p.text() + "\")");
                numberAt = i;
                break;
            }
        }
        for (int i = 0; i < planStart; i++) {
            Para p = paras.get(i);
            Matcher m = PROVINCE.matcher(p.folded());
            if (m.find()) {
                String[] words = m.group(2).split("\\s+");
                for (int n = Math.min(words.length, 4); n >= 1; n--) {
                    DocumentParagraphs.Province province =
                            DocumentParagraphs.province(String.join(" ", java.util.Arrays.copyOf(words, n)));
                    if (province != null) {
                        String clause = headerClause(i);
                        header.put("guidance.issuer", new Fact("guidance.issuer",
                                "Ủy ban nhân dân " + province.kind() + " " + province.name(), clause, p.text(), p.where()));
                        facts.put("guidance.province", new Fact("guidance.province", province.name(), clause,
                                p.text(), p.where()));
                        break;
                    }
                }
                if (facts.containsKey("guidance.province")) {
                    break;
                }
            }
        }
        readIssuer(numberAt);
        for (int i = 0; i < planStart; i++) {
            Para p = paras.get(i);
            String f = p.folded();
            if (!f.contains("thang") || !f.contains("nam") || f.startsWith("can cu") || f.contains("luat")) {
                continue;
            }
            List<DateHit> hits = DocumentParagraphs.dates(f, null);
            if (!hits.isEmpty() && hits.get(0).start() < 40) {
                LocalDate date = hits.get(0).date();
                header.put("guidance.date", new Fact("guidance.date", date, headerClause(i), p.text(), p.where()));
                year = date.getYear();
                break;
            }
            Matcher month = MONTH.matcher(f);
            if (month.find() && month.start() < 40) {
                LocalDate first = LocalDate.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)), 1);
                header.put("guidance.month", new Fact("guidance.month", first, headerClause(i), p.text(), p.where()));
                year = first.getYear();
                notes.add("the day of signing is left blank (" + p.where() + ": \"" + p.text() + "\")");
                break;
            }
        }
        for (int i = 0; i < planStart; i++) {
            String kind = paras.get(i).folded().strip();
            if ((kind.equals("ke hoach") || kind.equals("huong dan")) && i + 1 < paras.size()) {
                StringBuilder title = new StringBuilder();
                int j = i + 1;
                Para first = paras.get(j);
                while (j < planStart && !paras.get(j).folded().startsWith("(kem theo")
                        && !paras.get(j).folded().startsWith("thuc hien") && !paras.get(j).folded().startsWith("can cu")
                        && title.length() < 400) {
                    // A subject run on into the grounds (an OCR text's lines joined): the title stops where they start.
                    Matcher grounds = GROUNDS.matcher(paras.get(j).folded());
                    String words = grounds.find() ? paras.get(j).original(0, grounds.start()) : paras.get(j).text();
                    title.append(title.length() == 0 ? "" : " ").append(words.strip());
                    j++;
                    if (grounds.find(0)) {
                        break;
                    }
                }
                if (title.length() > 0) {
                    String t = title.toString().replaceAll("\\s+", " ").strip();
                    int annex = DocumentParagraphs.fold(t).indexOf("(kem theo");
                    if (annex > 0) {
                        t = t.substring(0, annex).strip();
                    }
                    String word = kind.equals("huong dan") ? "Hướng dẫn" : "Kế hoạch";
                    t = word + " " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
                    header.put("guidance.title", new Fact("guidance.title", t, word, title.toString(), first.where()));
                }
                break;
            }
        }
        if (year == null) {
            for (Para p : paras) {
                Matcher m = Pattern.compile("\\bnam (20\\d\\d)\\b").matcher(p.folded());
                if (m.find()) {
                    year = Integer.valueOf(m.group(1));
                    break;
                }
            }
        }
    }

    static final Pattern GROUNDS = Pattern.compile("(?<=\\S )(?:thuc hien|can cu)\\s+(?:ke hoach|huong dan|quyet dinh|luat|nghi dinh|chi thi|cong van)\\b");
    static final Pattern PLACE = Pattern.compile("\\b(thanh pho|tinh)\\s+([a-z]+(?:\\s+[a-z]+){0,3})");

    /**
     * The issuing body, from the lines above the number (the header's left column): the province's Ủy ban nhân dân,
     * or its Ban Thi đua - Khen thưởng, Hội đồng Thi đua - Khen thưởng or Sở Nội vụ, the lowest named line being the
     * issuer ("SỞ NỘI VỤ" over "BAN THI ĐUA - KHEN THƯỞNG"). When no line reads "Ủy ban nhân dân tỉnh …" whole (a
     * header of two columns read side by side), the province is the first "tỉnh …" / "thành phố …" of those lines.
     */
    void readIssuer(int numberAt) {
        int top = numberAt >= 0 ? numberAt : Math.min(planStart, 6);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i <= top && i < planStart; i++) {
            lines.append(' ').append(paras.get(i).folded());
        }
        String head = lines.toString();
        DocumentParagraphs.Province province = null;
        int provinceAt = -1;
        if (!facts.containsKey("guidance.province")) {
            for (int i = 0; i < planStart && province == null; i++) {
                Matcher m = PLACE.matcher(paras.get(i).folded());
                while (province == null && m.find()) {
                    String[] words = m.group(2).split("\\s+");
                    for (int n = Math.min(words.length, 4); n >= 1 && province == null; n--) {
                        province = DocumentParagraphs.province(String.join(" ", java.util.Arrays.copyOf(words, n)));
                    }
                }
                provinceAt = i;
            }
            if (province != null) {
                Para p = paras.get(provinceAt);
                facts.put("guidance.province", new Fact("guidance.province", province.name(), headerClause(provinceAt),
                        p.text(), p.where()));
            }
        } else {
            province = DocumentParagraphs.province(DocumentParagraphs.fold((String) facts.get("guidance.province").value()));
        }
        if (province == null) {
            return;
        }
        String place = province.kind() + " " + province.name();
        String body = head.contains("ban thi dua") ? "Ban Thi đua - Khen thưởng " : head.contains("hoi dong thi dua")
                ? "Hội đồng Thi đua - Khen thưởng " : head.contains("so noi vu") ? "Sở Nội vụ "
                : head.matches(".*\\b(?:uy ban nhan dan|ubnd)\\b.*") ? "Ủy ban nhân dân " : null;
        Fact at = facts.get("guidance.province");
        if (body != null) {
            // Cited to the header's lines that name it, when the number's line closes them.
            String text = at.text();
            String line = at.line();
            if (numberAt > 0) {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < numberAt; i++) {
                    words.add(paras.get(i).text());
                }
                text = String.join(" / ", words);
                line = paras.get(0).where().replaceFirst("lines? (\\d+).*", "lines $1-" + paras.get(numberAt - 1).lastLine());
            }
            header.put("guidance.issuer", new Fact("guidance.issuer", body + place, at.clause(), text, line));
        } else if (!header.containsKey("guidance.issuer")) {
            notes.add("the issuing body is not named above the number: fill in `guidance.issuer`");
        } 
    }
}
