package vn.tdkt.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.Conference;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.RecipientKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;
import vn.tdkt.model.YearRange;

/**
 * Reads the facts of a plan from its paragraphs. Each fact is found by the cues the guidance and the plans use for it
 * (a heading, a label before a colon, the guidance's own words), matched on the folded text; it is stated in the
 * plan's words, or in the guidance's words where the plan's folded words are exactly one of the guidance's closed
 * vocabularies (a form, a province, the prescribed name). What no cue finds stays null.
 */
final class PlanReader {
    private static final Pattern LEVEL_WORD = Pattern.compile("\\b(xa|phuong|dac khu)\\s+");
    /** A header naming the unit, folded: "uy ban nhan dan xa ke sat". */
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:uy ban nhan dan\\s+)?(xa|phuong|dac khu)\\s+(.+)$");
    private static final Pattern PROVINCE_WORD = Pattern.compile("\\b(thanh pho|tinh)\\s+");
    private static final Set<String> NAME_STOPS = Set.of("lan", "giai", "tien", "ban", "nam", "ngay", "hoi", "thi",
            "tren", "tai", "va", "ve", "theo", "gui", "qua", "cua", "dai hoi", "kinh", "uy");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ",\\s*ngay\\s*(\\d{0,2})[\\s.…]*thang\\s*(\\d{0,2})[\\s.…]*nam\\s*(\\d{4})");
    private static final Pattern BACKDROP_NAME_END =
            Pattern.compile("\\blan thu\\s+\\S+\\s*\\(\\s*\\d{4}\\s*[-–—]\\s*\\d{4}\\s*\\)\\s*$");
    private static final Pattern NUMBER_LABEL = Pattern.compile("\\bso\\s*:");
    private static final Pattern NUMBER_VALUE =
            Pattern.compile("^\\s*(\\d+[\\p{L}\\d]*)?\\s*/\\s*([\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+)*)");
    private static final Pattern REF = Pattern.compile(
            "\\b(quyet dinh|ke hoach|huong dan|cong van|chi thi|nghi quyet|thong bao)\\b[^;]{0,40}?\\bso\\s*:?\\s*(\\d+\\s*/\\s*[a-z0-9/-]+)");
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:cua|do)\\s+(.+?)(?=\\s+ve\\b|\\s+v/v\\b|\\s+ban hanh\\b|\\s+tien toi\\b|[,;:]|$)");
    private static final Pattern ISSUER_CANONICAL =
            Pattern.compile("^(?:uy ban nhan dan|ubnd)\\s+(thanh pho|tinh)(?:\\s+(.+))?$");
    private static final Pattern TIME_LABEL = Pattern.compile(
            "^thoi gian(?: to chuc)?(?: hoi nghi)?(?:\\s*,\\s*dia diem(?: to chuc)?(?: hoi nghi)?)?\\s*:\\s*\\S");
    private static final Pattern VENUE_LABEL =
            Pattern.compile("^dia diem(?: to chuc)?(?: hoi nghi)?\\s*:\\s*(\\S.*)$");
    private static final Pattern FORM_LABEL = Pattern.compile("^hinh thuc(?: to chuc)?(?: hoi nghi)?\\s*:\\s*(\\S.*)$");
    private static final Pattern NAME_HEADING = Pattern.compile("^ten(?: goi| cua hoi nghi| hoi nghi)\\b");
    private static final Pattern HALF_DAY = Pattern.compile("(?:½|\\b1/2|\\bnua)\\s*ngay\\b");
    private static final Pattern ONE_SESSION = Pattern.compile("\\b(?:0?1|mot)\\s+buoi\\b");
    private static final Pattern ONE_DAY = Pattern.compile("\\b(?:0?1|mot)\\s+ngay\\b");
    private static final Pattern SEVERAL_DAYS = Pattern.compile("\\b(?:0?[2-9]|[1-9]\\d|hai|ba|bon|nam|nhieu)\\s+ngay\\b");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern PERIOD_HEADING = Pattern.compile("\\bthoi ky danh gia\\b");
    private static final Pattern PERIOD_SENTENCE =
            Pattern.compile("\\bdanh gia\\b[^.;]{0,240}?\\bgiai doan\\s*\\(?\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern TOTAL = Pattern.compile("\\bso luong\\b[^.;]{0,160}?\\b(\\d{1,4})\\s+(?:dai bieu|nguoi)\\b");
    private static final Pattern EXEMPLAR_SHARE =
            Pattern.compile("\\bdien hinh tien tien\\s+(?:khoang|chiem|la|dat|toi thieu)?\\s*(\\d{1,3})\\s*%");
    private static final Pattern GUEST_SHARE = Pattern.compile("\\bkhach moi\\b[^%();]{0,100}?(\\d{1,3})\\s*%");
    private static final Pattern PRIORITY = Pattern.compile("\\bchu trong\\s+\\S+\\s+chon\\b");
    private static final Pattern REORGANISED = Pattern.compile("\\b(?:truoc|sau)\\s+(?:khi\\s+)?sap xep\\b");
    private static final Pattern FORMED_FROM = Pattern.compile(
            "\\bcac\\s+(?:xa|phuong|thi tran|dac khu)\\s*\\(([^)]*)\\)\\s*(?:truoc khi sap xep|cu\\b)");
    private static final Pattern SCOPE = Pattern.compile("^pham vi\\b");
    private static final Pattern SUMMARY_REPORT_PROSE = Pattern.compile("^bao cao tong ket\\b.*\\bcan\\b");
    private static final Pattern ACTIVITY_HEADING = Pattern.compile(
            "\\bhoat dong tr\\S* va trong\\b|\\bthong tin,? tuyen truyen\\b|\\bcong tac tuyen truyen\\b");
    private static final Pattern AWARD_COUNT = Pattern.compile(
            "\\((\\d{1,3})\\s*(?:(?:-|–|—|den)\\s*(\\d{1,3}))?\\s*([^)]*)\\)");
    private static final Pattern PROPOSER =
            Pattern.compile("\\((?:giao|do)\\s+([^()]+?)\\s+chu tri[^()]*\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\-+])");

    private final DocumentText document;
    private final List<Paragraph> paragraphs;
    private final Map<String, SourceSpan> provenance = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<Paragraph> used = new HashSet<>();
    private final Set<Integer> placeDateLines = new HashSet<>();
    private int preambleEnd;
    private Integer year;

    private String unitKey;
    private String unitName;
    private UnitLevel unitLevel;
    private Vocabulary.Province province;
    private String provinceName;
    private String documentNumber;

    PlanReader(DocumentText document) {
        this.document = document;
        this.paragraphs = Paragraphs.of(document.lines());
    }

    ImportedPlan read() {
        preambleEnd = paragraphs.stream().filter(p -> p.kind == Paragraph.Kind.ROMAN).mapToInt(p -> p.index)
                .findFirst().orElse(Math.min(paragraphs.size(), 12));
        LocalDate date = documentDate();
        documentNumber = documentNumber();
        List<String[]> placeSpellings = placeSpellings();
        readUnit(placeSpellings);
        readProvince();
        Boolean reorganised = flag(REORGANISED, "/unit/reorganised");
        List<String> formedFrom = formedFrom();
        Unit unit = new Unit(unitName, unitLevel, provinceName, reorganised, formedFrom);
        DocumentRef own = new DocumentRef(issuer(), documentNumber, date, title());
        List<DocumentRef> guidance = guidance();

        Conference conference = conference();
        YearRange period = evaluationPeriod();
        Delegation delegation = delegation();
        List<ProgramItem> programme = programme();
        List<Activity> activities = activities();
        List<ReportPart> outline = reportOutline();
        Boolean covers = covers();
        List<AwardCategory> awards = awardCategories();
        List<Deadline> deadlines = new ArrayList<>();
        List<ResultReportItem> resultContents = deadlines(deadlines);
        Boolean solemn = solemn();

        Map<String, String> quotes = new LinkedHashMap<>();
        provenance.forEach((pointer, span) -> quotes.put(pointer, span.quote()));
        Plan plan = new Plan(unit, own, guidance, conference, period, delegation, programme, activities, outline, null,
                covers, awards, deadlines.isEmpty() ? null : deadlines, resultContents, solemn, quotes);
        if (document.dropped() > 0) {
            notes.add(document.dropped() + " line(s) left out as page numbers or running headers and footers");
        }
        return new ImportedPlan(plan, provenance, notes);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The document: number, date, title, issuer, the guidance it implements.

    private LocalDate documentDate() {
        LocalDate date = null;
        boolean first = true;
        String previous = "";
        for (SourceLine line : document.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Folded folded = Folded.of(line.text());
            boolean backdrop = BACKDROP_NAME_END.matcher(previous).find();
            previous = folded.text();
            Matcher m = PLACE_DATE.matcher(folded.text());
            if (!m.find()) {
                continue;
            }
            placeDateLines.add(line.number() * 1000 + (line.page() == null ? 0 : line.page()));
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
                } catch (java.time.DateTimeException e) {
                    date = null;
                }
            }
            String words = folded.original(m.start(), folded.text().length());
            int comma = words.indexOf(',');
            SourceSpan span = new SourceSpan(line.page(), line.number(), line.number(),
                    placeAndDate(line.text(), comma < 0 ? words : words.substring(comma + 1)));
            provenance.put("/document/date", span);
        }
        return date;
    }

    /** The place-and-date part of a header line that may hold the number too ("S6:28 /KH-UBND Dai Son, ngay 14 ..."). */
    private static String placeAndDate(String line, String afterComma) {
        int at = line.indexOf(afterComma);
        String before = at < 0 ? line : line.substring(0, at);
        int comma = before.lastIndexOf(',');
        String head = comma < 0 ? before : before.substring(0, comma);
        List<String> words = List.of(head.strip().split("\\s+"));
        int from = words.size();
        while (from > 0 && titleCase(words.get(from - 1)) && words.size() - from < 4) {
            from--;
        }
        String place = String.join(" ", words.subList(from, words.size()));
        return (place.isEmpty() ? "" : place + ", ") + afterComma.strip();
    }

    /** The places of the header's place-and-date lines, as written: spellings of the unit's name. */
    private List<String[]> placeSpellings() {
        List<String[]> spellings = new ArrayList<>();
        for (SourceLine line : document.lines()) {
            Folded folded = Folded.of(line.text());
            Matcher m = PLACE_DATE.matcher(folded.text());
            if (m.find()) {
                String before = folded.original(0, m.start()).strip();
                List<String> words = List.of(before.split("\\s+"));
                int from = words.size();
                while (from > 0 && titleCase(words.get(from - 1)) && words.size() - from < 4) {
                    from--;
                }
                if (from < words.size()) {
                    String place = String.join(" ", words.subList(from, words.size()));
                    spellings.add(new String[] {Folded.key(place), place});
                }
            }
        }
        return spellings;
    }

    private String documentNumber() {
        for (SourceLine line : document.lines()) {
            Folded folded = Folded.of(line.text());
            Matcher m = NUMBER_LABEL.matcher(folded.text());
            if (!m.find()) {
                continue;
            }
            String after = line.text().substring(folded.originalEnd(m.end()));
            Matcher v = NUMBER_VALUE.matcher(after);
            // "Số:" opens the header's number line; elsewhere on a line ("XÃ TÂN LẬP   Số: 12/KH-UBND") it must be
            // followed by a number with its code.
            if (!folded.text().substring(0, m.start()).isBlank() && !(v.lookingAt() && v.group(1) != null)) {
                continue;
            }
            v.reset();
            String number = null;
            String shown = line.text().strip();
            if (v.find()) {
                shown = line.text().substring(0, folded.originalEnd(m.end()) + v.end()).strip();
                if (v.group(1) != null) {
                    number = documentCode(v.group(1) + "/" + v.group(2));
                }
            }
            provenance.put("/document/number", new SourceSpan(line.page(), line.number(), line.number(), shown));
            return number;
        }
        return null;
    }

    /** A document number without spaces; OCR's "QD" and "ND" are the QĐ and NĐ that no Vietnamese code lacks. */
    private static String documentCode(String number) {
        String code = number.replaceAll("\\s+", "");
        return code.replaceAll("(?<=/|-)QD(?=-|$)", "QĐ").replaceAll("(?<=/|-)ND(?=-|$)", "NĐ");
    }

    private String title() {
        for (int i = 0; i < Math.min(paragraphs.size(), preambleEnd + 1); i++) {
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
            provenance.put("/document/title", Paragraph.span(parts));
            return title;
        }
        return null;
    }

    private String issuer() {
        for (Paragraph p : paragraphs) {
            String f = p.folded.text();
            if (Pattern.compile("\\b(?:uy ban nhan dan|ubnd)\\s+(?:xa|phuong|dac khu)\\b[^,.;]{0,40}\\bban hanh\\b")
                    .matcher(f).find() || f.startsWith("tm. uy ban nhan dan") || f.startsWith("tm uy ban nhan dan")) {
                provenance.put("/document/issuer", p.span());
                return unitLevel == null ? "Ủy ban nhân dân " + unitName
                        : "Ủy ban nhân dân " + unitLevel.vietnamese() + " " + unitName;
            }
        }
        return null;
    }

    private List<DocumentRef> guidance() {
        List<DocumentRef> refs = new ArrayList<>();
        List<Paragraph> sources = new ArrayList<>();
        for (int i = 0; i < preambleEnd; i++) {
            Paragraph p = paragraphs.get(i);
            Folded folded = p.folded;
            Matcher m = REF.matcher(folded.text());
            while (m.find()) {
                String number = documentCode(folded.original(m.start(2), m.end(2)));
                if (documentNumber != null && DocumentRef.normaliseNumber(number)
                        .equals(DocumentRef.normaliseNumber(documentNumber))) {
                    continue;
                }
                String rest = folded.text().substring(m.end());
                LocalDate date = null;
                int after = m.end();
                List<Dates.Hit> hits = Dates.find(rest, year);
                if (!hits.isEmpty() && rest.substring(0, hits.get(0).start()).matches("\\s*,?\\s*(?:ngay\\s*)?")) {
                    date = hits.get(0).date();
                    after = m.end() + hits.get(0).end();
                }
                String issuer = null;
                Matcher is = ISSUER_AFTER.matcher(folded.text().substring(after));
                if (is.find()) {
                    issuer = issuer(folded, after + is.start(1), after + is.end(1));
                }
                refs.add(new DocumentRef(issuer, number, date, null));
                sources.add(p);
                used.add(p);
            }
        }
        if (refs.isEmpty()) {
            return null;
        }
        provenance.put("/implementsGuidance", Paragraph.span(sources.stream().distinct().toList()));
        return refs;
    }

    /** "Ủy ban nhân dân thành phố Hải Phòng" for "UBND thanh phé Hai Phong" and for "Ủy ban nhân dân thành phố". */
    private String issuer(Folded folded, int from, int to) {
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

    // ---------------------------------------------------------------------------------------------------------------
    // The unit and its province.

    private record Candidate(String key, String spelling, int order) {
    }

    /** The units a document names, with how often and where first, in the order it names them. */
    private static final class UnitMentions {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, UnitLevel> levels = new LinkedHashMap<>();
        final Map<String, Paragraph> where = new LinkedHashMap<>();
        final List<Candidate> spellings = new ArrayList<>();

        void add(String name, String levelWord, Paragraph paragraph) {
            String key = Folded.key(name);
            counts.merge(key, 1, Integer::sum);
            levels.putIfAbsent(key, level(levelWord));
            where.putIfAbsent(key, paragraph);
            spellings.add(new Candidate(key, name, spellings.size()));
        }

        /** The unit named most often; among equals, the one named first. */
        String mostNamed() {
            String most = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (most == null || e.getValue() > counts.get(most)) {
                    most = e.getKey();
                }
            }
            return most;
        }
    }

    private void readUnit(List<String[]> placeSpellings) {
        UnitMentions mentions = new UnitMentions();
        for (Paragraph p : paragraphs) {
            Matcher m = LEVEL_WORD.matcher(p.folded.text());
            while (m.find()) {
                String name = titleWords(p.text, p.folded.originalEnd(m.end()));
                if (name != null && !Paragraph.allCaps(name)) {
                    mentions.add(name, m.group(1), p);
                }
            }
        }
        if (mentions.counts.isEmpty()) {
            // A header in capitals ("XÃ KẺ SẶT") is the last resort; its words are written with a capital each.
            for (Paragraph p : paragraphs.subList(0, Math.min(paragraphs.size(), preambleEnd + 1))) {
                Matcher m = UNIT_HEADER.matcher(p.folded.text().strip());
                if (Paragraph.allCaps(p.text) && m.matches()) {
                    mentions.add(capitalise(p.folded.original(m.start(2), m.end(2)).strip()), m.group(1), p);
                }
            }
        }
        if (mentions.counts.isEmpty()) {
            throw new ImportException(document.source(), "no issuing unit found: the importer looks for \"xã\", "
                    + "\"phường\" or \"đặc khu\" followed by the unit's name");
        }
        unitKey = mentions.mostNamed();
        unitLevel = mentions.levels.get(unitKey);
        List<Candidate> spellings = new ArrayList<>(mentions.spellings);
        for (String[] place : placeSpellings) {
            if (place[0].equals(unitKey)) {
                spellings.add(new Candidate(place[0], place[1], spellings.size()));
            }
        }
        unitName = bestSpelling(spellings.stream().filter(c -> c.key().equals(unitKey)).toList());
        provenance.put("/unit/name", mentions.where.get(unitKey).span());
        provenance.put("/unit/level", mentions.where.get(unitKey).span());
    }

    /**
     * The spelling to state a name in, among those the document uses: one that needs no OCR correction first (in a
     * text without diacritics "Dai Son" rather than "Pai Son"), then the one with the most diacritics, then the most
     * frequent.
     */
    private static String bestSpelling(List<Candidate> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            counts.merge(c.spelling(), 1, Integer::sum);
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

    private void readProvince() {
        Map<Vocabulary.Province, Integer> known = new LinkedHashMap<>();
        Map<Vocabulary.Province, Paragraph> knownWhere = new LinkedHashMap<>();
        Map<String, Integer> other = new LinkedHashMap<>();
        Map<String, Paragraph> otherWhere = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            Matcher m = PROVINCE_WORD.matcher(p.folded.text());
            while (m.find()) {
                String name = titleWords(p.text, p.folded.originalEnd(m.end()));
                if (name == null) {
                    continue;
                }
                Vocabulary.Province listed = longestProvince(name);
                if (listed != null && Folded.key(listed.kind()).equals(m.group(1))) {
                    known.merge(listed, 1, Integer::sum);
                    knownWhere.putIfAbsent(listed, p);
                } else if (!Paragraph.allCaps(name)) {
                    other.merge(name, 1, Integer::sum);
                    otherWhere.putIfAbsent(name, p);
                }
            }
        }
        if (!known.isEmpty()) {
            province = most(known);
            provinceName = province.name();
            provenance.put("/unit/province", knownWhere.get(province).span());
        } else if (!other.isEmpty()) {
            provinceName = most(other);
            provenance.put("/unit/province", otherWhere.get(provinceName).span());
        }
    }

    /** The listed province the words start with ("Hải Phòng lần" is Hải Phòng), or null. */
    private static Vocabulary.Province longestProvince(String words) {
        String[] parts = words.split("\\s+");
        for (int n = parts.length; n >= 1; n--) {
            Vocabulary.Province p = Vocabulary.province(Folded.key(String.join(" ", List.of(parts).subList(0, n))));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static <K> K most(Map<K, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == max).findFirst().orElseThrow().getKey();
    }

    private static UnitLevel level(String folded) {
        return switch (folded) {
            case "xa" -> UnitLevel.COMMUNE;
            case "phuong" -> UnitLevel.WARD;
            case "dac khu" -> UnitLevel.SPECIAL_ZONE;
            default -> null;
        };
    }

    /** The words with a capital each that follow an offset ("Kẻ Sặt" in "xã Kẻ Sặt lần thứ I"); null if none. */
    private static String titleWords(String text, int from) {
        String rest = text.substring(Math.min(from, text.length()));
        String[] tokens = rest.split(" ", -1);
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            if (token.isEmpty()) {
                if (words.isEmpty()) {
                    continue;
                }
                break;
            }
            String word = token.replaceAll("[,.;:)\"”’]+$", "");
            if (word.isEmpty() || !titleCase(word) || NAME_STOPS.contains(Folded.key(word)) || words.size() == 4) {
                break;
            }
            words.add(word);
            if (!word.equals(token)) {
                break;
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean titleCase(String word) {
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

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.toLowerCase(Locale.forLanguageTag("vi")).split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private List<String> formedFrom() {
        for (Paragraph p : paragraphs) {
            Matcher m = FORMED_FROM.matcher(p.folded.text());
            if (m.find()) {
                String inside = p.folded.original(m.start(1), m.end(1));
                List<String> names = new ArrayList<>();
                for (String name : inside.split(",\\s*|\\s+và\\s+|\\s+va\\s+")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
                provenance.put("/unit/formedFrom", p.span());
                return names;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The conference.

    private Conference conference() {
        SessionLength length = null;
        LocalDate date = null;
        DateQualifier qualifier = null;
        for (Paragraph p : paragraphs) {
            String f = p.foldedBody.text();
            if (!TIME_LABEL.matcher(f).find()) {
                continue;
            }
            used.add(p);
            length = length(f);
            if (length != null) {
                provenance.put("/conference/length", p.span());
            }
            List<Dates.Hit> hits = Dates.find(f, year);
            if (!hits.isEmpty()) {
                date = hits.get(0).date();
                qualifier = hits.get(0).qualifier();
                provenance.put("/conference/date", p.span());
                provenance.put("/conference/dateQualifier", p.span());
            }
            if (length != null || date != null) {
                break;
            }
        }
        String venue = null;
        for (Paragraph p : paragraphs) {
            Matcher m = VENUE_LABEL.matcher(p.foldedBody.text());
            if (m.find()) {
                venue = p.foldedBody.original(m.start(1), m.end(1)).strip();
                venue = venue.replaceFirst("^(?i)tại\\s+|^(?i)tai\\s+", "").replaceAll("[\\s.;,]+$", "");
                provenance.put("/conference/venue", p.span());
                break;
            }
        }
        Name name = name();
        String form = form(name);
        return new Conference(form, name == null ? null : name.text(), name == null ? null : name.edition(),
                name == null ? null : name.term(), date, qualifier, length, venue);
    }

    static SessionLength length(String folded) {
        if (HALF_DAY.matcher(folded).find()) {
            return SessionLength.HALF_DAY;
        }
        if (ONE_SESSION.matcher(folded).find()) {
            return SessionLength.ONE_SESSION;
        }
        if (ONE_DAY.matcher(folded).find()) {
            return SessionLength.ONE_DAY;
        }
        if (SEVERAL_DAYS.matcher(folded).find()) {
            return SessionLength.SEVERAL_DAYS;
        }
        return null;
    }

    private String form(Name name) {
        for (Paragraph p : paragraphs) {
            Matcher m = FORM_LABEL.matcher(p.foldedBody.text());
            if (!m.find()) {
                continue;
            }
            String value = p.foldedBody.original(m.start(1), m.end(1)).strip();
            Matcher quoted = Pattern.compile("[“\"«]([^”\"»]+)[”\"»]").matcher(value);
            if (quoted.find()) {
                value = quoted.group(1);
            }
            value = value.replaceAll("[\\s.;,]+$", "");
            String folded = Folded.key(value).replaceFirst("^to chuc\\s+", "");
            String canonical = Vocabulary.formAt(folded);
            provenance.put("/conference/form", p.span());
            if (canonical != null && Folded.key(canonical).equals(folded)) {
                return canonical;
            }
            return value.replaceFirst("^(?i)(tổ chức|to chuc)\\s+", "");
        }
        SourceSpan title = provenance.get("/document/title");
        if (title != null) {
            String folded = Folded.key(title.text());
            if (folded.startsWith("to chuc ")) {
                String canonical = Vocabulary.formAt(folded.substring("to chuc ".length()));
                if (canonical != null) {
                    provenance.put("/conference/form", title);
                    return canonical;
                }
            }
        }
        if (name != null) {
            provenance.put("/conference/form", provenance.get("/conference/name"));
            return name.form();
        }
        return null;
    }

    /** The conference's name as the guidance writes it, with its parts. */
    private record Name(String text, String form, Integer edition, YearRange term) {
    }

    /**
     * The conference's name: a phrase of the prescribed shape (a form, the unit, "lần thứ" and the edition, the term
     * in brackets), best under a "Tên gọi" / "Tên của Hội nghị" heading, else standing on its own lines (the
     * backdrop, a heading), else anywhere with its term. The plan's title ("Tổ chức Hội nghị ...") is not a name.
     */
    private Name name() {
        List<SourceLine> lines = document.lines().stream().filter(l -> !l.isBlank()).toList();
        StringBuilder stream = new StringBuilder();
        int[] lineStart = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStart[i] = stream.length();
            stream.append(lines.get(i).text().strip()).append('\n');
        }
        lineStart[lines.size()] = stream.length();
        Folded folded = Folded.of(stream.toString());

        int[] block = nameBlock();
        StringBuilder forms = new StringBuilder();
        for (String key : Vocabulary.FORMS.keySet()) {
            if (forms.length() > 0) {
                forms.append('|');
            }
            forms.append(Pattern.quote(key).replace(" ", "\\E\\s+\\Q"));
        }
        Pattern shape = Pattern.compile("(" + forms + ")\\s+(xa|phuong|dac khu|co quan|don vi)\\s+([^\\n]{1,40}?|[^\\n]{0,40}\\n[^\\n]{0,40}?)"
                + "\\s+lan thu\\s+([ivxl]+|\\d{1,2})\\b(?:\\s*\\(\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*\\))?");
        Matcher m = shape.matcher(folded.text());
        int bestScore = Integer.MIN_VALUE;
        Name best = null;
        int[] bestRange = null;
        int from = 0;
        while (from < folded.text().length() && m.find(from)) {
            from = m.start() + 1;
            int start = folded.originalStart(m.start());
            int end = folded.originalEnd(m.end());
            int line = lineOf(lineStart, start);
            int lastLine = lineOf(lineStart, Math.max(start, end - 1));
            boolean underHeading = block != null && lines.get(line).number() >= block[0]
                    && lines.get(line).number() <= block[1]
                    && java.util.Objects.equals(lines.get(line).page(), block[2] < 0 ? null : block[2]);
            String lineText = stream.substring(lineStart[line], start);
            boolean startsLine = lineText.isBlank();
            String after = stream.substring(end, lineStart[lastLine + 1]);
            boolean endsLine = after.replaceAll("[\\s.,;”\"’)]", "").isEmpty();
            boolean term = m.group(5) != null;
            String before = folded.text().substring(Math.max(0, m.start() - 12), m.start());
            boolean inTitle = before.matches("(?s).*\\bto chuc\\s+$");
            int score = (underHeading ? 4 : 0) + (startsLine ? 1 : 0) + (endsLine ? 1 : 0) + (term ? 1 : 0)
                    - (inTitle ? 1 : 0);
            boolean standalone = underHeading || startsLine && endsLine;
            // A phrase in passing is no name: it must stand under the name's heading, on lines of its own, or
            // carry the term (the plan's title "Tổ chức Hội nghị ... lần thứ I (2025 - 2030)" when nothing better).
            if ((standalone || term) && score > bestScore) {
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
        provenance.put("/conference/name", span);
        if (best.edition() != null) {
            provenance.put("/conference/edition", span);
        }
        if (best.term() != null) {
            provenance.put("/conference/term", span);
        }
        return best;
    }

    private Name name(Folded folded, Matcher m) {
        String form = Vocabulary.FORMS.get(m.group(1).replaceAll("\\s+", " "));
        String level = switch (m.group(2)) {
            case "xa" -> "xã";
            case "phuong" -> "phường";
            case "dac khu" -> "đặc khu";
            case "co quan" -> "cơ quan";
            default -> "đơn vị";
        };
        String unitWords = folded.original(m.start(3), m.end(3)).replaceAll("\\s+", " ").strip();
        String unit = Folded.key(unitWords).equals(unitKey) ? unitName : unitWords;
        Integer edition = edition(m.group(4));
        YearRange term = null;
        if (m.group(5) != null) {
            int a = Integer.parseInt(m.group(5));
            int b = Integer.parseInt(m.group(6));
            if (a <= b && a >= 1945 && b <= 2100) {
                term = new YearRange(a, b);
            }
        }
        String text = form + " " + level + " " + unit + " Lần thứ " + (edition == null ? m.group(4).toUpperCase(Locale.ROOT)
                : roman(edition)) + (term == null ? "" : " (" + term.from() + " - " + term.to() + ")");
        return new Name(text, form, edition, term);
    }

    private static int lineOf(int[] lineStart, int offset) {
        int line = 0;
        while (line + 1 < lineStart.length - 1 && lineStart[line + 1] <= offset) {
            line++;
        }
        return line;
    }

    /** The lines under a "Tên gọi" heading, up to the next heading: {first, last, page or -1}; null if none. */
    private int[] nameBlock() {
        for (Paragraph p : paragraphs) {
            if (p.isHeading() && NAME_HEADING.matcher(p.foldedBody.text()).find()) {
                int last = p.lines.get(p.lines.size() - 1).number();
                for (int j = p.index + 1; j < paragraphs.size(); j++) {
                    Paragraph q = paragraphs.get(j);
                    if (q.isHeading() || !java.util.Objects.equals(q.lines.get(0).page(), p.lines.get(0).page())) {
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

    static Integer edition(String written) {
        if (written.matches("\\d+")) {
            int n = Integer.parseInt(written);
            return n >= 1 ? n : null;
        }
        String roman = written.toLowerCase(Locale.ROOT).replace('l', 'i');
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> 0;
            };
            if (value == 0) {
                return null;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total >= 1 ? total : null;
    }

    static String roman(int number) {
        int[] values = {10, 9, 5, 4, 1};
        String[] numerals = {"X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int n = number;
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(numerals[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    private YearRange evaluationPeriod() {
        for (Paragraph p : paragraphs) {
            if (PERIOD_HEADING.matcher(p.foldedBody.text()).find()) {
                Matcher m = YEARS.matcher(p.foldedBody.text());
                if (m.find()) {
                    YearRange range = range(m.group(1), m.group(2));
                    if (range != null) {
                        provenance.put("/evaluationPeriod", p.span());
                        return range;
                    }
                }
            }
        }
        for (int i = preambleEnd; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Matcher m = PERIOD_SENTENCE.matcher(p.foldedBody.text());
            if (m.find()) {
                YearRange range = range(m.group(1), m.group(2));
                if (range != null) {
                    provenance.put("/evaluationPeriod", p.span());
                    return range;
                }
            }
        }
        return null;
    }

    private static YearRange range(String from, String to) {
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        return a < b && a >= 1945 && b <= 2100 ? new YearRange(a, b) : null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The delegates.

    private Delegation delegation() {
        Integer total = null;
        Integer exemplar = null;
        Integer guest = null;
        List<PriorityGroup> groups = null;
        for (Paragraph p : paragraphs) {
            String f = p.foldedBody.text();
            if (total == null) {
                Matcher m = TOTAL.matcher(f);
                if (m.find()) {
                    total = Integer.valueOf(m.group(1));
                    provenance.put("/delegation/total", p.span());
                }
            }
            if (exemplar == null) {
                Matcher m = EXEMPLAR_SHARE.matcher(f);
                if (m.find() && Integer.parseInt(m.group(1)) <= 100) {
                    exemplar = Integer.valueOf(m.group(1));
                    provenance.put("/delegation/exemplarPercent", p.span());
                }
            }
            if (guest == null) {
                Matcher m = GUEST_SHARE.matcher(f);
                if (m.find() && Integer.parseInt(m.group(1)) <= 100) {
                    guest = Integer.valueOf(m.group(1));
                    provenance.put("/delegation/guestPercent", p.span());
                }
            }
            if (groups == null) {
                Matcher m = PRIORITY.matcher(f);
                if (m.find()) {
                    String clause = f.substring(m.end());
                    int stop = clause.length();
                    for (char c : new char[] {'(', ';', '.'}) {
                        int at = clause.indexOf(c);
                        if (at >= 0) {
                            stop = Math.min(stop, at);
                        }
                    }
                    clause = clause.substring(0, stop);
                    groups = new ArrayList<>();
                    if (clause.matches("(?s).*\\btruc tiep (?:san xuat|lao dong|cong tac).*")) {
                        groups.add(PriorityGroup.DIRECT_WORKERS);
                    }
                    if (clause.matches("(?s).*\\b(?:dai bieu nu|phu nu|nu)\\b.*")) {
                        groups.add(PriorityGroup.WOMEN);
                    }
                    if (clause.matches("(?s).*\\b(?:dan toc|dtts)\\b.*")) {
                        groups.add(PriorityGroup.ETHNIC_MINORITIES);
                    }
                    if (clause.matches("(?s).*\\bthanh ph\\w*n kinh te\\b.*")) {
                        groups.add(PriorityGroup.ECONOMIC_SECTORS);
                    }
                    provenance.put("/delegation/priorityGroups", p.span());
                }
            }
        }
        Boolean vetting = flag(Pattern.compile("\\bbinh xet cong khai\\b"), "/delegation/publicVetting");
        Boolean balanced = flag(Pattern.compile("\\bcan doi\\b"), "/delegation/balanced");
        return new Delegation(total, exemplar, guest, groups, vetting, balanced, null, null);
    }

    /** TRUE when a paragraph says it, with that paragraph as the source; null (not stated) otherwise. */
    private Boolean flag(Pattern cue, String pointer) {
        for (Paragraph p : paragraphs) {
            if (cue.matcher(p.folded.text()).find()) {
                provenance.put(pointer, p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Programme, activities, report outline, awards.

    /** The list items right under a heading: those of the first item's level, up to the next heading as high. */
    private List<Paragraph> items(Paragraph heading) {
        List<Paragraph> items = new ArrayList<>();
        int itemLevel = -1;
        for (int j = heading.index + 1; j < paragraphs.size(); j++) {
            Paragraph p = paragraphs.get(j);
            if (p.kind == Paragraph.Kind.NONE) {
                if (items.isEmpty()) {
                    return items;
                }
                break;
            }
            if (p.level <= heading.level) {
                break;
            }
            if (itemLevel < 0) {
                itemLevel = p.level;
            }
            if (p.level < itemLevel) {
                break;
            }
            if (p.level == itemLevel) {
                items.add(p);
            }
        }
        return items;
    }

    private List<ProgramItem> programme() {
        for (Paragraph heading : paragraphs) {
            if (!heading.isHeading() || !heading.foldedBody.text().startsWith("chuong trinh")) {
                continue;
            }
            List<Paragraph> items = items(heading);
            List<ProgramItem> programme = new ArrayList<>();
            int known = 0;
            for (Paragraph item : items) {
                ProgramItemKind kind = Kinds.classify(Kinds.PROGRAMME, item.foldedBody.text());
                if (kind != null) {
                    known++;
                }
                programme.add(new ProgramItem(kind == null ? ProgramItemKind.OTHER : kind, item.itemText()));
            }
            if (items.size() >= 3 && 2 * known >= items.size()) {
                provenance.put("/programme", Paragraph.span(items));
                used.addAll(items);
                return programme;
            }
        }
        return null;
    }

    private List<Activity> activities() {
        for (Paragraph heading : paragraphs) {
            if (!heading.isHeading() || !ACTIVITY_HEADING.matcher(heading.foldedBody.text()).find()) {
                continue;
            }
            List<Paragraph> items = items(heading);
            if (items.isEmpty()) {
                continue;
            }
            List<Activity> activities = new ArrayList<>();
            for (Paragraph item : items) {
                ActivityKind kind = Kinds.classify(Kinds.ACTIVITIES, item.foldedBody.text());
                activities.add(new Activity(kind == null ? ActivityKind.OTHER : kind, item.itemText()));
            }
            provenance.put("/activities", Paragraph.span(items));
            return activities;
        }
        return null;
    }

    private List<ReportPart> reportOutline() {
        for (Paragraph p : paragraphs) {
            String f = p.foldedBody.text();
            if (!(f.contains("bo cuc") && f.contains("bao cao"))) {
                continue;
            }
            List<Paragraph> bullets = new ArrayList<>();
            for (int j = p.index + 1; j < paragraphs.size() && paragraphs.get(j).isBullet(); j++) {
                bullets.add(paragraphs.get(j));
            }
            List<Paragraph> items = bullets.stream().filter(b -> b.kind == Paragraph.Kind.PLUS).toList();
            if (items.isEmpty()) {
                items = bullets;
            }
            Set<ReportPart> parts = new LinkedHashSet<>();
            List<Paragraph> sources = new ArrayList<>();
            for (Paragraph item : items) {
                ReportPart part = Kinds.classify(Kinds.REPORT_PARTS, item.foldedBody.text());
                if (part != null) {
                    parts.add(part);
                    sources.add(item);
                }
            }
            if (!parts.isEmpty()) {
                provenance.put("/reportOutline", Paragraph.span(sources));
                return List.copyOf(parts);
            }
        }
        // The plan says what the summary report must weigh, in prose, and lists no parts.
        for (Paragraph p : paragraphs) {
            if (SUMMARY_REPORT_PROSE.matcher(p.foldedBody.text()).find()) {
                provenance.put("/reportOutline", p.span());
                return List.of();
            }
        }
        return null;
    }

    private Boolean covers() {
        for (Paragraph p : paragraphs) {
            if (SCOPE.matcher(p.foldedBody.text()).find() && p.foldedBody.text().contains("truoc khi sap xep")) {
                provenance.put("/coversPreMergerAchievements", p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    private Boolean solemn() {
        for (Paragraph p : paragraphs) {
            String f = p.folded.text();
            if (f.contains("trang trong") && f.contains("tiet kiem")) {
                provenance.put("/solemnAndEconomical", p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    private List<AwardCategory> awardCategories() {
        for (Paragraph heading : paragraphs) {
            String f = heading.foldedBody.text();
            if (!heading.isHeading() || !f.contains("khen thuong") || !(f.contains("so luong") || f.contains("tieu chi"))) {
                continue;
            }
            List<AwardCategory> categories = new ArrayList<>();
            int index = 0;
            for (int j = heading.index + 1; j < paragraphs.size(); j++) {
                Paragraph sub = paragraphs.get(j);
                if (sub.kind == Paragraph.Kind.NONE || sub.level <= heading.level) {
                    break;
                }
                if (!sub.isHeading()) {
                    continue;
                }
                List<Paragraph> details = new ArrayList<>();
                for (int k = j + 1; k < paragraphs.size() && paragraphs.get(k).isBullet(); k++) {
                    details.add(paragraphs.get(k));
                }
                categories.add(award(sub, details));
                List<Paragraph> sources = new ArrayList<>();
                sources.add(sub);
                sources.addAll(details);
                provenance.put("/awardCategories/" + index++, Paragraph.span(sources));
            }
            if (!categories.isEmpty()) {
                return categories;
            }
        }
        return null;
    }

    private static AwardCategory award(Paragraph sub, List<Paragraph> details) {
        Folded body = sub.foldedBody;
        String f = body.text();
        Matcher count = AWARD_COUNT.matcher(f);
        Integer min = null;
        Integer max = null;
        RecipientKind recipients = null;
        String field;
        int afterCount;
        if (count.find()) {
            min = Integer.valueOf(count.group(1));
            max = count.group(2) == null ? min : Integer.valueOf(count.group(2));
            field = body.original(0, count.start()).strip();
            recipients = recipients(count.group(3), Folded.key(field));
            afterCount = count.end();
        } else {
            int colon = f.indexOf(':');
            field = body.original(0, colon < 0 ? f.length() : colon).strip();
            afterCount = colon < 0 ? f.length() : colon;
        }
        String proposer = null;
        String rest = f.substring(afterCount);
        Matcher by = PROPOSER.matcher(rest);
        String criteria = body.original(afterCount, f.length());
        if (by.find()) {
            proposer = body.original(afterCount + by.start(1), afterCount + by.end(1)).strip();
            criteria = body.original(afterCount, afterCount + by.start()) + body.original(afterCount + by.end(), f.length());
        }
        criteria = criteria.replaceFirst("^\\s*:\\s*", "").strip().replaceAll("\\s*;$", "").strip();
        if (criteria.isEmpty() && !details.isEmpty()) {
            criteria = String.join("\n", details.stream().map(d -> d.body).toList());
        }
        return new AwardCategory(field.replaceAll("[\\s:]+$", ""), recipients, min, max, criteria, proposer, null);
    }

    private static RecipientKind recipients(String foldedUnit, String foldedField) {
        String u = foldedUnit.strip();
        if (u.contains("ca nhan") || u.contains("nguoi")) {
            return RecipientKind.INDIVIDUAL;
        }
        if (u.contains("ho gia dinh") || u.startsWith("ho")) {
            return RecipientKind.HOUSEHOLD;
        }
        if (u.contains("doanh nghiep") || u.contains("cong ty")) {
            return RecipientKind.ENTERPRISE;
        }
        if (u.contains("tap the")) {
            return RecipientKind.COLLECTIVE;
        }
        if (u.contains("don vi") || u.contains("co quan") || u.contains("truong")) {
            // "(03-05 đơn vị)" counts whatever the field names: enterprises, households, or collectives.
            if (foldedField.contains("doanh nghiep") || foldedField.contains("cong ty")) {
                return RecipientKind.ENTERPRISE;
            }
            if (foldedField.contains("ho gia dinh")) {
                return RecipientKind.HOUSEHOLD;
            }
            return RecipientKind.COLLECTIVE;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Dated steps and the report of results.

    private record Step(DeadlineKind kind, LocalDate date, DateQualifier qualifier, String recipient, String text,
                        List<Paragraph> sources) {
    }

    private List<ResultReportItem> deadlines(List<Deadline> deadlines) {
        List<Step> steps = new ArrayList<>();
        Paragraph resultParagraph = null;
        Step undatedResult = null;
        for (int i = preambleEnd; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (used.contains(p) || p.lines.stream().anyMatch(l ->
                    placeDateLines.contains(l.number() * 1000 + (l.page() == null ? 0 : l.page())))) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(p.body)) {
                Folded folded = Folded.of(sentence);
                String f = folded.text();
                DeadlineKind kind = Kinds.classify(Kinds.STEPS, f);
                List<Dates.Hit> hits = Dates.find(f, year);
                if (kind == null) {
                    continue;
                }
                if (hits.isEmpty()) {
                    if (kind == DeadlineKind.RESULT_REPORT && undatedResult == null) {
                        undatedResult = new Step(kind, null, null, recipient(folded, f.length()),
                                text(sentence), List.of(p));
                    }
                    continue;
                }
                Dates.Hit hit = hits.get(0);
                String recipient = recipient(folded, hit.start());
                if (recipient == null) {
                    recipient = recipientAfter(folded, hit.end());
                }
                Step step = new Step(kind, hit.date(), hit.qualifier(), recipient, text(sentence), new ArrayList<>(List.of(p)));
                Step same = steps.stream().filter(s -> s.kind() == kind && s.date().equals(hit.date())).findFirst()
                        .orElse(null);
                if (same != null) {
                    if (!same.sources().contains(p)) {
                        same.sources().add(p);
                    }
                } else {
                    steps.add(step);
                }
                if (kind == DeadlineKind.RESULT_REPORT && resultParagraph == null) {
                    resultParagraph = p;
                }
            }
        }
        if (undatedResult != null && steps.stream().noneMatch(s -> s.kind() == DeadlineKind.RESULT_REPORT)) {
            steps.add(undatedResult);
        }
        steps.sort(Comparator.comparing((Step s) -> s.date() == null ? LocalDate.MAX : s.date())
                .thenComparing(Step::kind));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            deadlines.add(new Deadline(s.kind(), s.date(), s.qualifier(), s.recipient(), s.text()));
            provenance.put("/deadlines/" + i, Paragraph.span(s.sources()));
            if (s.date() != null) {
                provenance.put("/deadlines/" + i + "/date", Paragraph.span(s.sources()));
            }
        }
        return resultContents(resultParagraph);
    }

    private static String text(String sentence) {
        return Paragraph.marker(sentence)[0] == null ? sentence.strip()
                : sentence.substring(Paragraph.marker(sentence)[2].length()).strip();
    }

    private static final List<Pattern> RECIPIENT_BEFORE = List.of(
            Pattern.compile("\\bgui(?:\\s+ve)?\\s+(.+)$"),
            Pattern.compile("\\bket qua(?:\\s+to chuc\\s+hoi nghi\\S*)?\\s+ve\\s+(.+)$"),
            Pattern.compile("\\bbao cao(?:\\s+ke hoach)?(?:\\s+ve)?\\s+(.+?)\\s+ket qua\\b"),
            Pattern.compile("\\bbao cao(?:\\s+ke hoach)?(?:\\s+ve)?\\s+(.+)$"),
            Pattern.compile("\\btrinh\\s+(.+?)\\s+(?:phe duyet|xem xet)\\b"));

    /** To whom the step goes, from the words before the date ("gửi UBND xã, qua Phòng ... trước ngày"). */
    private static String recipient(Folded folded, int before) {
        String f = folded.text().substring(0, before).replaceAll("[\\s,]*(?:truoc ngay|cham nhat(?: ngay)?|ngay|truoc)?\\s*$", "");
        int clause = f.lastIndexOf(';');
        int offset = clause + 1;
        String part = f.substring(offset);
        for (Pattern pattern : RECIPIENT_BEFORE) {
            Matcher m = pattern.matcher(part);
            if (m.find()) {
                String words = folded.original(offset + m.start(1), offset + m.end(1)).strip()
                        .replaceAll("[\\s,.;:]+$", "");
                if (!words.isEmpty() && Character.isUpperCase(words.charAt(0))) {
                    return words;
                }
            }
        }
        return null;
    }

    /** To whom, from the words after the date, as timetables write it ("Trước ngày 30/8, báo cáo kết quả về Ban ..."). */
    private static String recipientAfter(Folded folded, int after) {
        String f = folded.text();
        int end = f.indexOf('.', after);
        if (end < 0) {
            end = f.length();
        }
        String part = f.substring(after, end);
        for (Pattern pattern : RECIPIENT_BEFORE) {
            Matcher m = pattern.matcher(part);
            if (m.find()) {
                String words = folded.original(after + m.start(1), after + m.end(1)).strip().replaceAll("[\\s,.;:]+$", "");
                if (!words.isEmpty() && Character.isUpperCase(words.charAt(0))) {
                    return words;
                }
            }
        }
        return null;
    }

    private List<ResultReportItem> resultContents(Paragraph result) {
        if (result == null || !result.folded.text().matches("(?s).*\\bgom\\s*:?\\s*$")) {
            return null;
        }
        Set<ResultReportItem> items = new LinkedHashSet<>();
        List<Paragraph> sources = new ArrayList<>();
        for (int j = result.index + 1; j < paragraphs.size() && paragraphs.get(j).isBullet(); j++) {
            ResultReportItem item = Kinds.classify(Kinds.RESULT_CONTENTS, paragraphs.get(j).foldedBody.text());
            if (item == null) {
                break;
            }
            items.add(item);
            sources.add(paragraphs.get(j));
        }
        if (items.isEmpty()) {
            return null;
        }
        provenance.put("/resultReportContents", Paragraph.span(sources));
        return List.copyOf(items);
    }
}
