package vn.tdkt.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Conference;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Editions;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.YearRange;
import vn.tdkt.text.RomanNumerals;

/** The conference: its form, name, edition and term, its day, length and venue; and the period it reviews. */
final class ConferenceReader {
    private static final Pattern TIME_LABEL = Patterns.compile(
            "^thoi gian(?: to chuc)?(?: hoi nghi)?(?:\\s*,\\s*dia diem(?: to chuc)?(?: hoi nghi)?)?\\s*:\\s*\\S");
    private static final Pattern VENUE_LABEL =
            Patterns.compile("^dia diem(?: to chuc)?(?: hoi nghi)?\\s*:\\s*(\\S.*)$");
    private static final Pattern FORM_LABEL = Patterns.compile("^hinh thuc(?: to chuc)?(?: hoi nghi)?\\s*:\\s*(\\S.*)$");
    private static final Pattern NAME_HEADING = Patterns.compile("^ten(?: goi| cua hoi nghi| hoi nghi)\\b");
    private static final Pattern HALF_DAY = Patterns.compile("(?:½|\\b1/2|\\bnua)\\s*ngay\\b");
    private static final Pattern TWO_SESSIONS = Patterns.compile("\\b(?:0?2|hai)\\s+buoi\\b"
            + "|\\b(?:buoi )?sang\\s*(?:va|,|-|–)\\s*(?:buoi )?chieu\\b|\\bbuoi sang\\b.*\\bbuoi chieu\\b");
    private static final Pattern ONE_SESSION = Patterns.compile("\\b(?:0?1|mot)\\s+buoi\\b");
    private static final Pattern ONE_PART_OF_DAY = Patterns.compile("\\bbuoi (?:sang|chieu)\\b");
    private static final Pattern ONE_DAY = Patterns.compile("\\b(?:0?1|mot)\\s+ngay\\b|\\b(?:ca|tron)\\s+ngay\\b");
    private static final Pattern SEVERAL_DAYS = Patterns.compile("\\b(?:0?[2-9]|[1-9]\\d|hai|ba|bon|nam|nhieu)\\s+ngay\\b");
    private static final Pattern YEARS = Patterns.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern PERIOD_HEADING = Patterns.compile("\\bthoi ky danh gia\\b");
    private static final Pattern PERIOD_SENTENCE =
            Patterns.compile("\\b(?:danh gia|tong ket|ket qua)\\b[^.;]{0,240}?\\bgiai doan\\s*\\(?\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final String FORMS = forms();

    private final ReadingContext context;
    private final Header header;
    private final IssuingUnit unit;

    ConferenceReader(ReadingContext context, Header header, IssuingUnit unit) {
        this.context = context;
        this.header = header;
        this.unit = unit;
    }

    Conference read() {
        SessionLength length = null;
        LocalDate date = null;
        DateQualifier qualifier = null;
        for (Paragraph p : context.paragraphs) {
            String f = p.foldedBody.text();
            if (!TIME_LABEL.matcher(f).find()) {
                continue;
            }
            context.claim(p);
            length = length(f);
            if (length != null) {
                context.source("/conference/length", p.span());
            }
            List<Dates.Hit> hits = Dates.find(f, header.year());
            if (!hits.isEmpty()) {
                date = hits.get(0).date();
                qualifier = hits.get(0).qualifier();
                context.source("/conference/date", p.span());
                context.source("/conference/dateQualifier", p.span());
            }
            if (length != null || date != null) {
                break;
            }
        }
        String venue = null;
        for (Paragraph p : context.paragraphs) {
            Matcher m = VENUE_LABEL.matcher(p.foldedBody.text());
            if (m.find()) {
                venue = p.foldedBody.original(m.start(1), m.end(1)).strip();
                venue = venue.replaceFirst("^(?i)tại\\s+|^(?i)tai\\s+", "").replaceAll("[\\s.;,]+$", "");
                context.source("/conference/venue", p.span());
                break;
            }
        }
        Name name = name();
        String form = form(name);
        return new Conference(form, name == null ? null : name.text(), name == null ? null : name.edition(),
                name == null ? null : name.term(), date, qualifier, length, venue);
    }

    /**
     * The length a time paragraph states: "½ ngày", "01 buổi", "buổi sáng" (one session); "02 buổi", "buổi sáng và
     * buổi chiều" (two); "01 ngày", "cả ngày" (a day); "02 ngày" (several).
     */
    static SessionLength length(String folded) {
        if (HALF_DAY.matcher(folded).find()) {
            return SessionLength.HALF_DAY;
        }
        // A day named as such ("cả ngày 21/8 (buổi sáng: …; buổi chiều: …)") is a day, whatever its sessions.
        if (ONE_DAY.matcher(folded).find()) {
            return SessionLength.ONE_DAY;
        }
        if (TWO_SESSIONS.matcher(folded).find()) {
            return SessionLength.TWO_SESSIONS;
        }
        if (ONE_SESSION.matcher(folded).find() || ONE_PART_OF_DAY.matcher(folded).find()) {
            return SessionLength.ONE_SESSION;
        }
        if (SEVERAL_DAYS.matcher(folded).find()) {
            return SessionLength.SEVERAL_DAYS;
        }
        return null;
    }

    private String form(Name name) {
        for (Paragraph p : context.paragraphs) {
            Matcher m = FORM_LABEL.matcher(p.foldedBody.text());
            if (!m.find()) {
                continue;
            }
            String value = HeaderReader.unquoted(p.foldedBody.original(m.start(1), m.end(1)).strip());
            value = value.replaceAll("[\\s.;,]+$", "");
            String folded = Folded.key(value).replaceFirst("^to chuc\\s+", "");
            String canonical = Vocabulary.formAt(folded);
            context.source("/conference/form", p.span());
            if (canonical != null && Folded.key(canonical).equals(folded)) {
                return canonical;
            }
            return value.replaceFirst("^(?i)(tổ chức|to chuc)\\s+", "");
        }
        SourceSpan title = context.source("/document/title");
        if (title != null) {
            String folded = Folded.key(title.text());
            if (folded.startsWith("to chuc ")) {
                String canonical = Vocabulary.formAt(folded.substring("to chuc ".length()));
                if (canonical != null) {
                    context.source("/conference/form", title);
                    return canonical;
                }
            }
        }
        if (name != null) {
            context.source("/conference/form", context.source("/conference/name"));
            return name.form();
        }
        return null;
    }

    /** The conference's name as the guidance writes it, with its parts. */
    private record Name(String text, String form, Integer edition, YearRange term) {
    }

    private static String forms() {
        StringBuilder forms = new StringBuilder();
        for (String key : Vocabulary.FORMS.keySet()) {
            if (forms.length() > 0) {
                forms.append('|');
            }
            forms.append(Pattern.quote(key).replace(" ", "\\E\\s+\\Q"));
        }
        return forms.toString();
    }

    /** The term after the edition: "(2025 - 2030)", or ", giai đoạn 2025 - 2030" (group 7 marks this form). */
    private static final String TERM_AFTER = "(?:\\s*\\(\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*\\)"
            + "|(,?\\s*giai doan\\s*)(\\d{4})\\s*[-–—]\\s*(\\d{4})\\b)?";
    private static final Pattern COMMUNE_SHAPE = Patterns.compile("(" + FORMS + ")\\s+(xa|phuong|dac khu|co quan|don vi)\\s+"
            + "([^\\n]{1,40}?|[^\\n]{0,40}\\n[^\\n]{0,40}?)\\s+lan thu\\s+([ivxl]+|\\d{1,2}|nhat)\\b" + TERM_AFTER);

    /**
     * The conference's name: a phrase of the prescribed shape (a form, the unit, "lần thứ" and the edition, the term
     * in brackets), best under a "Tên gọi" / "Tên của Hội nghị" heading, else standing on its own lines (the
     * backdrop, a heading), else anywhere with its term. The plan's title ("Tổ chức Hội nghị ...") is not a name. An
     * agency's name stands where a commune's level word and name would ("… tiên tiến Sở Nội vụ lần thứ III").
     */
    private Name name() {
        List<SourceLine> lines = context.document.lines().stream().filter(l -> !l.isBlank()).toList();
        StringBuilder stream = new StringBuilder();
        int[] lineStart = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStart[i] = stream.length();
            stream.append(lines.get(i).text().strip()).append('\n');
        }
        lineStart[lines.size()] = stream.length();
        Folded folded = Folded.lines(lines.stream().map(l -> l.text().strip()).toList());

        // A name the plan labels ("Tên gọi: …") is the name as the plan writes it.
        Name labelled = labelledName();
        if (labelled != null) {
            return labelled;
        }
        int[] block = nameBlock();
        Pattern shape = COMMUNE_SHAPE;
        if (unit.isAgency()) {
            String name = Pattern.quote(unit.key()).replace(" ", "\\E\\s+\\Q");
            shape = Patterns.compile("(" + FORMS + ")\\s+()(" + name + ")\\s+lan thu\\s+([ivxl]+|\\d{1,2}|nhat)\\b"
                    + TERM_AFTER);
        }
        Matcher m = shape.matcher(folded.text());
        int bestScore = Integer.MIN_VALUE;
        Name best = null;
        int[] bestRange = null;
        String text = folded.text();
        int from = 0;
        while (true) {
            // Every form starts "hội nghị" or "đại hội": the shape is tried only where one stands.
            int meeting = text.indexOf("hoi nghi", from);
            int congress = text.indexOf("dai hoi", from);
            int at = meeting < 0 ? congress : congress < 0 ? meeting : Math.min(meeting, congress);
            if (at < 0) {
                break;
            }
            from = at + 1;
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int start = folded.originalStart(m.start());
            int end = folded.originalEnd(m.end());
            int line = lineOf(lineStart, start);
            int lastLine = lineOf(lineStart, Math.max(start, end - 1));
            boolean underHeading = block != null && lines.get(line).number() >= block[0]
                    && lines.get(line).number() <= block[1]
                    && Objects.equals(lines.get(line).page(), block[2] < 0 ? null : block[2]);
            String lineText = stream.substring(lineStart[line], start);
            boolean startsLine = lineText.isBlank();
            String after = stream.substring(end, lineStart[lastLine + 1]);
            boolean endsLine = after.replaceAll("[\\s.,;”\"’)]", "").isEmpty();
            boolean term = m.group(5) != null || m.group(8) != null;
            String before = folded.text().substring(Math.max(0, m.start() - 12), m.start());
            boolean inTitle = before.matches("(?s).*\\bto chuc\\s+$");
            int score = (underHeading ? 4 : 0) + (startsLine ? 1 : 0) + (endsLine ? 1 : 0) + (term ? 1 : 0)
                    - (inTitle ? 1 : 0);
            boolean standalone = underHeading || startsLine && endsLine;
            // A phrase in passing is no name: it must stand under the name's heading, on lines of its own, or
            // carry the term (the plan's title "Tổ chức Hội nghị ... lần thứ I (2025 - 2030)" when nothing better).
            if ((standalone || term || inTitle) && score > bestScore) {
                bestScore = score;
                best = name(folded, m);
                bestRange = new int[] {line, lastLine};
            }
        }
        if (best == null) {
            return null;
        }
        SourceLine first = lines.get(bestRange[0]);
        SourceLine last = lines.get(bestRange[1]);
        StringBuilder words = new StringBuilder();
        for (int i = bestRange[0]; i <= bestRange[1]; i++) {
            words.append(words.length() > 0 ? " " : "").append(lines.get(i).text().strip());
        }
        SourceSpan span = new SourceSpan(first.page(), first.number(), last.number(), words.toString());
        context.source("/conference/name", span);
        if (best.edition() != null) {
            context.source("/conference/edition", span);
        }
        if (best.term() != null) {
            context.source("/conference/term", span);
        }
        return best;
    }

    private Name name(Folded folded, Matcher m) {
        String form = Vocabulary.FORMS.get(m.group(1).replaceAll("\\s+", " "));
        String level = switch (m.group(2)) {
            case "xa" -> "xã ";
            case "phuong" -> "phường ";
            case "dac khu" -> "đặc khu ";
            case "co quan" -> "cơ quan ";
            case "" -> "";
            default -> "đơn vị ";
        };
        String unitWords = folded.original(m.start(3), m.end(3)).replaceAll("\\s+", " ").strip();
        String unitName = Folded.key(unitWords).equals(unit.key()) ? unit.name() : unitWords;
        Integer edition = edition(m.group(4));
        YearRange term = null;
        boolean period = m.group(7) != null;
        if (m.group(5) != null) {
            term = range(m.group(5), m.group(6));
        } else if (period) {
            term = range(m.group(8), m.group(9));
        }
        // The edition and the term as the plan writes them: "Lần thứ I (2025 - 2030)", "lần thứ nhất, giai đoạn …".
        String written = m.group(4).equals("nhat") ? "nhất" : edition == null ? m.group(4).toUpperCase(Locale.ROOT)
                : RomanNumerals.of(edition);
        String text = form + " " + level + unitName + " Lần thứ " + written + (term == null ? ""
                : period ? ", giai đoạn " + term.from() + " - " + term.to() : " (" + term.from() + " - " + term.to() + ")");
        return new Name(text, form, edition, term);
    }

    /**
     * An edition as a folded name writes it: digits, "nhat", or a numeral as scanned, where an l is an I misread
     * ("lan thu lV" is the fourth, not the 55th).
     */
    private static Integer edition(String written) {
        return written.chars().allMatch(c -> "ivxl".indexOf(c) >= 0) ? RomanNumerals.valueAsScanned(written)
                : Editions.parse(written);
    }

    private static final Pattern NAME_LABEL = Patterns.compile("^ten(?: goi| cua hoi nghi| hoi nghi)\\s*:\\s*(\\S.*)$");
    private static final Pattern TERM = Patterns.compile("(?:\\bgiai doan\\s*|\\()\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern EDITION = Patterns.compile("\\blan thu\\s+([ivxl]+|\\d{1,2}|nhat)\\b");

    /**
     * A name of another shape, where the plan labels it ("Tên gọi: Hội nghị biểu dương điển hình tiên tiến phường
     * Đông Hải giai đoạn 2020 - 2025"): the form in the guidance's words, the rest as written.
     */
    private Name labelledName() {
        for (Paragraph p : context.paragraphs) {
            Matcher m = NAME_LABEL.matcher(p.foldedBody.text());
            if (!m.find()) {
                continue;
            }
            String value = HeaderReader.unquoted(p.foldedBody.original(m.start(1), m.end(1)).strip())
                    .replaceAll("[\\s.;,]+$", "");
            String folded = Folded.key(value);
            String form = Vocabulary.formAt(folded);
            if (form == null) {
                context.leaveOut("/conference/name", p, "the labelled name starts with no form of the event");
                return null;
            }
            Folded words = Folded.of(value);
            int formEnd = formEnd(words.text(), Folded.key(form));
            String rest = words.original(formEnd, words.text().length()).strip();
            Matcher t = TERM.matcher(folded);
            YearRange term = t.find() ? range(t.group(1), t.group(2)) : null;
            Matcher e = EDITION.matcher(folded);
            Integer edition = e.find() ? edition(e.group(1)) : null;
            context.source("/conference/name", p.span());
            if (term != null) {
                context.source("/conference/term", p.span());
            }
            if (edition != null) {
                context.source("/conference/edition", p.span());
            }
            return new Name(form + " " + rest, form, edition, term);
        }
        return null;
    }

    /** Where the form ends in a folded text that starts with it, its spaces as they are. */
    private static int formEnd(String folded, String form) {
        int i = 0;
        int j = 0;
        while (i < folded.length() && j < form.length()) {
            if (Character.isWhitespace(folded.charAt(i)) && Character.isWhitespace(form.charAt(j))) {
                while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
                    i++;
                }
                j++;
            } else if (folded.charAt(i) == form.charAt(j)) {
                i++;
                j++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineOf(int[] lineStart, int offset) {
        // The last line starting at or before the offset.
        int lo = 0;
        int hi = lineStart.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStart[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    /** The lines under a "Tên gọi" heading, up to the next heading: {first, last, page or -1}; null if none. */
    private int[] nameBlock() {
        List<Paragraph> paragraphs = context.paragraphs;
        for (Paragraph p : paragraphs) {
            if (p.isHeading() && NAME_HEADING.matcher(p.foldedBody.text()).find()) {
                int last = p.lines.get(p.lines.size() - 1).number();
                for (int j = p.index + 1; j < paragraphs.size(); j++) {
                    Paragraph q = paragraphs.get(j);
                    if (q.isHeading() || !Objects.equals(q.lines.get(0).page(), p.lines.get(0).page())) {
                        break;
                    }
                    last = q.lines.get(q.lines.size() - 1).number();
                }
                Integer page = p.lines.get(0).page();
                return new int[] {p.lines.get(0).number(), last, page == null ? -1 : page};
            }
        }
        return null;
    }

    /** The period the conference reviews: "Thời kỳ đánh giá …", else "đánh giá … giai đoạn 2020 - 2025". */
    YearRange evaluationPeriod() {
        for (Paragraph p : context.paragraphs) {
            if (p.foldedBody.text().contains("thoi ky danh gia") && PERIOD_HEADING.matcher(p.foldedBody.text()).find()) {
                Matcher m = YEARS.matcher(p.foldedBody.text());
                if (m.find()) {
                    YearRange range = range(m.group(1), m.group(2));
                    if (range != null) {
                        context.source("/evaluationPeriod", p.span());
                        return range;
                    }
                }
            }
        }
        for (int i = context.preambleEnd; i < context.paragraphs.size(); i++) {
            Paragraph p = context.paragraphs.get(i);
            if (!p.foldedBody.text().contains("giai doan")) {
                continue;
            }
            Matcher m = PERIOD_SENTENCE.matcher(p.foldedBody.text());
            if (m.find()) {
                YearRange range = range(m.group(1), m.group(2));
                if (range != null) {
                    context.source("/evaluationPeriod", p.span());
                    return range;
                }
            }
        }
        return null;
    }

    /** A term or period of years, or null when it is none ("2025 - 2020", a year out of range). */
    static YearRange range(String from, String to) {
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        return a < b && a >= 1945 && b <= 2100 ? new YearRange(a, b) : null;
    }
}
