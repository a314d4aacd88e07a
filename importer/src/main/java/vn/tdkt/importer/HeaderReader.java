package vn.tdkt.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.DocumentRef;

/**
 * The header and preamble of a plan: its number, place and date, title, issuer, and the guidance it implements. The
 * header is two columns (a Word table, two columns on a PDF's lines, "|" cells in a web copy); its cells reach the
 * reader as lines of their own, and a place-and-date or a "Số:" broken over two lines is read across the break.
 */
final class HeaderReader {
    private static final Pattern PLACE_DATE = Patterns.compile(
            ",\\s*ngay\\s*(\\d{0,2})[\\s.…]*thang\\s*(\\d{0,2})[\\s.…]*nam\\s*(\\d{4})");
    /** A place-and-date cut after "ngày" (a web copy's cells): "Thanh Hà, ngày" then "12 tháng 8 năm 2025". */
    private static final Pattern PLACE_DATE_CUT = Patterns.compile(",\\s*(?:ngay[\\s.…]*)?$");
    private static final Pattern DATE_REST =
            Patterns.compile("^(?:ngay\\s*)?[\\d\\s.…]{0,6}thang\\s*\\d{0,2}[\\s.…]*nam\\s*\\d{4}");
    private static final Pattern BACKDROP_NAME_END =
            Patterns.compile("\\blan thu\\s+\\S+\\s*\\(\\s*\\d{4}\\s*[-–—]\\s*\\d{4}\\s*\\)\\s*$");
    private static final Pattern NUMBER_LABEL = Patterns.compile("\\bso\\s*:");
    private static final Pattern NUMBER_VALUE =
            Patterns.compile("^\\s*(\\d+[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)?\\s*/\\s*([\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+)*)");
    static final Pattern REF = Patterns.compile(
            "\\b(quyet dinh|ke hoach|huong dan|cong van|chi thi|nghi quyet|thong bao)\\b[^;]{0,40}?\\bso\\s*:?\\s*(\\d+\\s*/\\s*[a-z0-9/-]+)");
    private static final Pattern ISSUER_AFTER = Patterns.compile(
            "^\\s*,?\\s*(?:cua|do)\\s+(.+?)(?=\\s+ve\\b|\\s+v/v\\b|\\s+ban hanh\\b|\\s+tien toi\\b|[,;:]|$"
                    + "|\\s+va\\s+(?:huong dan|chi dao|ke hoach|quyet dinh|cong van|thong bao|chi thi)\\b)");
    private static final Pattern ISSUER_CANONICAL =
            Patterns.compile("^(?:uy ban nhan dan|ubnd)\\s+(thanh pho|tinh)(?:\\s+(.+))?$");
    private static final Pattern QUOTED = Patterns.compile("[“\"«]([^”\"»]+)[”\"»]");

    private final ReadingContext context;

    HeaderReader(ReadingContext context) {
        this.context = context;
    }

    /** The header's number, place and date. */
    Header header() {
        List<SourceLine> lines = context.document.lines().stream().filter(l -> !l.isBlank()).toList();
        LocalDate date = null;
        Integer year = null;
        boolean first = true;
        String previous = "";
        Set<Long> placeDateLines = new HashSet<>();
        List<String> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            Folded folded = Folded.of(text);
            SourceLine last = line;
            Matcher m = PLACE_DATE.matcher(folded.text());
            boolean found = m.find();
            if (!found && i + 1 < lines.size() && PLACE_DATE_CUT.matcher(folded.text()).find()
                    && folded.text().contains(",")) {
                String next = lines.get(i + 1).text().strip();
                if (DATE_REST.matcher(Folded.of(next).text()).find()) {
                    text = text.stripTrailing() + " " + (Folded.of(next).text().startsWith("ngay")
                            || folded.text().stripTrailing().endsWith("ngay") ? "" : "ngày ") + next;
                    folded = Folded.of(text);
                    m = PLACE_DATE.matcher(folded.text());
                    found = m.find();
                    last = lines.get(i + 1);
                }
            }
            boolean backdrop = previous.contains("lan thu") && BACKDROP_NAME_END.matcher(previous).find();
            previous = Folded.of(line.text()).text();
            if (!found) {
                continue;
            }
            placeDateLines.add(Header.key(line));
            placeDateLines.add(Header.key(last));
            String place = place(folded.original(0, m.start()));
            if (place != null) {
                places.add(place);
            }
            // The place and date under the conference's name on the backdrop ("Kẻ Sặt, ngày 28 tháng 8 năm 2025")
            // date the conference, not the plan.
            if (!first || backdrop) {
                continue;
            }
            first = false;
            year = Integer.valueOf(m.group(3));
            if (!m.group(1).isEmpty() && !m.group(2).isEmpty()) {
                try {
                    date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    context.leaveOut("/document/date", null, "no such day: " + m.group());
                }
            }
            String after = folded.original(m.start(), folded.text().length());
            int comma = after.indexOf(',');
            String words = (place == null ? "" : place + ", ") + (comma < 0 ? after : after.substring(comma + 1)).strip();
            context.source("/document/date", new SourceSpan(line.page(), line.number(), last.number(), words));
        }
        return new Header(date, year, number(lines), Set.copyOf(placeDateLines), List.copyOf(places));
    }

    /** The place before a date's comma: up to four words with a capital each, as written. */
    private static String place(String before) {
        int comma = before.lastIndexOf(',');
        String head = (comma < 0 ? before : before.substring(0, comma)).strip();
        if (head.isEmpty()) {
            return null;
        }
        String[] words = head.split("\\s+");
        int from = words.length;
        while (from > 0 && ProperNames.titleCase(words[from - 1]) && words.length - from < 4) {
            from--;
        }
        return from == words.length ? null : String.join(" ", List.of(words).subList(from, words.length));
    }

    /** The "Số:" line's number, read across a break when the number stands on the next line. */
    private String number(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Folded folded = Folded.of(line.text());
            Matcher m = NUMBER_LABEL.matcher(folded.text());
            if (!m.find()) {
                continue;
            }
            String text = line.text();
            String after = text.substring(folded.originalEnd(m.end()));
            SourceLine last = line;
            if (after.isBlank() && folded.text().substring(0, m.start()).isBlank() && i + 1 < lines.size()
                    && NUMBER_VALUE.matcher(lines.get(i + 1).text()).lookingAt()) {
                // "Số:" alone in its cell, the number in the next.
                last = lines.get(i + 1);
                after = " " + last.text().strip();
                text = text.stripTrailing() + after;
            }
            Matcher v = NUMBER_VALUE.matcher(after);
            // "Số:" opens the header's number line; elsewhere on a line ("XÃ TÂN LẬP   Số: 12/KH-UBND") it must be
            // followed by a number with its code.
            if (!folded.text().substring(0, m.start()).isBlank() && !(v.lookingAt() && v.group(1) != null)) {
                continue;
            }
            v.reset();
            String number = null;
            String shown = text.strip();
            if (v.find()) {
                int valueStart = text.length() - after.length();
                shown = text.substring(0, valueStart + v.end()).strip();
                if (v.group(1) != null) {
                    number = documentCode(v.group(1) + "/" + v.group(2));
                }
            }
            context.source("/document/number", new SourceSpan(line.page(), line.number(), last.number(), shown));
            return number;
        }
        return null;
    }

    /** A document number without spaces; OCR's "QD" and "ND" are the QĐ and NĐ that no Vietnamese code lacks. */
    static String documentCode(String number) {
        String code = number.replaceAll("\\s+", "");
        return code.replaceAll("(?<=/|-)QD(?=-|$)", "QĐ").replaceAll("(?<=/|-)ND(?=-|$)", "NĐ");
    }

    /** The plan's own document: issuer, number, date and title. */
    DocumentRef document(Header header, IssuingUnit unit) {
        return new DocumentRef(issuer(unit), header.number(), header.date(), title());
    }

    private String title() {
        List<Paragraph> paragraphs = context.paragraphs;
        for (int i = 0; i < Math.min(paragraphs.size(), context.preambleEnd + 1); i++) {
            if (!paragraphs.get(i).folded.text().strip().equals("ke hoach")) {
                continue;
            }
            List<Paragraph> parts = new ArrayList<>();
            for (int j = i + 1; j < paragraphs.size() && parts.size() < 3; j++) {
                Paragraph p = paragraphs.get(j);
                String f = p.folded.text();
                if (p.kind != Paragraph.Kind.NONE || f.startsWith("thuc hien") || f.startsWith("can cu")
                        || REF.matcher(f).find()) {
                    break;
                }
                parts.add(p);
            }
            if (parts.isEmpty()) {
                return null;
            }
            String title = String.join(" ", parts.stream().map(p -> p.text).toList()).replaceAll("[\\s,;]+$", "");
            context.source("/document/title", Paragraph.span(parts));
            return title;
        }
        return null;
    }

    private static final Pattern AGENCY_ISSUES =
            Patterns.compile("(?:^|[,;:]\\s*)([^,;:]{3,120}?)\\s+(?:xay dung|ban hanh)\\s+ke hoach\\b");
    private static final Pattern COMMUNE_ISSUES = Patterns.compile(
            "\\b(?:uy ban nhan dan|ubnd)\\s+(?:xa|phuong|dac khu)\\b[^,.;]{0,40}\\b(?:ban hanh|xay dung)\\s+ke hoach\\b");
    /** The signature of a people's committee: "TM. ỦY BAN NHÂN DÂN", beside "Nơi nhận:" on the same line or not. */
    private static final Pattern SIGNATURE = Patterns.compile("(?:^|\\s)tm\\.?\\s+uy ban nhan dan\\b");

    /**
     * The issuer: for a commune, ward or special zone its people's committee, when the plan says it issues the plan
     * ("UBND xã … ban hành", "TM. ỦY BAN NHÂN DÂN"); for an agency, the agency itself, named in its header.
     */
    private String issuer(IssuingUnit unit) {
        if (unit.isAgency()) {
            // "Sở Nội vụ thành phố Hải Phòng ban hành Kế hoạch": the agency as it names itself issuing the plan.
            for (int i = 0; i < Math.min(context.paragraphs.size(), context.preambleEnd + 1); i++) {
                Paragraph p = context.paragraphs.get(i);
                Matcher m = AGENCY_ISSUES.matcher(p.folded.text());
                while (m.find()) {
                    String subject = m.group(1).strip();
                    int at = subject.indexOf(unit.key());
                    if (at >= 0 && (at == 0 || subject.charAt(at - 1) == ' ')) {
                        // The agency, or the body of it that issues the plan ("Ban Thường vụ Hội Nông dân …").
                        context.source("/document/issuer", p.span());
                        return p.folded.original(m.start(1), m.end(1)).strip();
                    }
                }
            }
            if (unit.headerSource() != null) {
                context.source("/document/issuer", unit.headerSource());
                return unit.name();
            }
            return null;
        }
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            if (COMMUNE_ISSUES.matcher(f).find() || SIGNATURE.matcher(f).find()) {
                context.source("/document/issuer", p.span());
                return unit.level() == null ? "Ủy ban nhân dân " + unit.name()
                        : "Ủy ban nhân dân " + unit.level().vietnamese() + " " + unit.name();
            }
        }
        return null;
    }

    /** The guidance documents the preamble names ("Thực hiện Quyết định số … ngày … của …"). */
    List<DocumentRef> guidance(Header header, IssuingUnit unit) {
        List<DocumentRef> refs = new ArrayList<>();
        List<Paragraph> sources = new ArrayList<>();
        for (int i = 0; i < context.preambleEnd; i++) {
            Paragraph p = context.paragraphs.get(i);
            Folded folded = p.folded;
            Matcher m = REF.matcher(folded.text());
            while (m.find()) {
                String number = documentCode(folded.original(m.start(2), m.end(2)));
                if (header.number() != null && DocumentRef.normaliseNumber(number)
                        .equals(DocumentRef.normaliseNumber(header.number()))) {
                    continue;
                }
                String rest = folded.text().substring(m.end());
                LocalDate date = null;
                int after = m.end();
                List<Dates.Hit> hits = Dates.find(rest, header.year());
                if (!hits.isEmpty() && rest.substring(0, hits.get(0).start()).matches("\\s*,?\\s*(?:ngay\\s*)?")) {
                    date = hits.get(0).date();
                    after = m.end() + hits.get(0).end();
                }
                String issuer = null;
                Matcher is = ISSUER_AFTER.matcher(folded.text().substring(after));
                if (is.find()) {
                    issuer = guidanceIssuer(folded, after + is.start(1), after + is.end(1), unit.province());
                }
                refs.add(new DocumentRef(issuer, number, date, null));
                sources.add(p);
                context.claim(p);
            }
        }
        if (refs.isEmpty()) {
            return null;
        }
        context.source("/implementsGuidance", Paragraph.span(sources.stream().distinct().toList()));
        return refs;
    }

    /** "Ủy ban nhân dân thành phố Hải Phòng" for "UBND thanh phé Hai Phong" and for "Ủy ban nhân dân thành phố". */
    private static String guidanceIssuer(Folded folded, int from, int to, Vocabulary.Province province) {
        String words = folded.original(from, to).strip();
        Matcher m = ISSUER_CANONICAL.matcher(folded.text().substring(from, to).strip());
        if (m.matches()) {
            Vocabulary.Province named = m.group(2) == null ? null : Vocabulary.province(m.group(2).strip());
            if (named == null && m.group(2) == null && province != null
                    && Folded.key(province.kind()).equals(m.group(1))) {
                named = province;
            }
            if (named != null && Folded.key(named.kind()).equals(m.group(1))) {
                return "Ủy ban nhân dân " + named.kind() + " " + named.name();
            }
        }
        return words;
    }

    /** The words inside quotation marks, else the words. */
    static String unquoted(String value) {
        Matcher quoted = QUOTED.matcher(value);
        return quoted.find() ? quoted.group(1) : value;
    }
}
