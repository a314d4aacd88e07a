package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.UnitLevel;

/**
 * The issuing unit and its province. The header names it (its left column: "ỦY BAN NHÂN DÂN / XÃ TIÊN LÃNG", "UBND
 * THÀNH PHỐ HẢI PHÒNG / BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP"); without a header, the commune named most often, never one of
 * the pre-merger units the plan lists, or the agency that "xây dựng Kế hoạch". Its name is spelt as the body spells it
 * (the header is in capitals).
 */
final class UnitReader {
    private static final Pattern LEVEL_WORD = Patterns.compile("\\b(xa|phuong|dac khu)\\s+");
    /** A header cell naming a commune, folded: "uy ban nhan dan xa ke sat", "xa tien lang". */
    private static final Pattern COMMUNE_CELL =
            Patterns.compile("^(?:(?:uy ban nhan dan|ubnd)\\s+)?(xa|phuong|dac khu)\\s+(\\S.*)$");
    /** The start of an agency's name (cấp ngành), folded. */
    static final Pattern AGENCY = Patterns.compile("^(?:so\\s+(?!:)[a-z]|benh vien\\b|truong\\s+(?:thpt|thcs|pho thong|"
            + "trung hoc|tieu hoc|mam non|dai hoc|cao dang|trung cap|chinh tri|ptdtnt|dtnt)\\b|dai hoc\\b|hoc vien\\b"
            + "|cong an\\s+(?:thanh pho|tinh)\\b|bo chi huy\\b|bo doi bien phong\\b|ban\\s+(?!hanh\\b)[a-z]"
            + "|van phong\\s+(?:uy ban|ubnd|hdnd|doan|thanh uy|tinh uy)|thanh tra\\s+(?:thanh pho|tinh)\\b|trung tam\\b"
            + "|lien doan lao dong\\b|hoi\\s+(?:nong dan|lien hiep|cuu chien binh|chu thap do|nha bao)\\b"
            + "|thanh doan\\b|tinh doan\\b|uy ban mat tran\\b|cong ty\\b|tong cong ty\\b|ngan hang\\b|kho bac\\b"
            + "|cuc\\s+(?:thue|hai quan|thong ke|quan ly)\\b|chi cuc\\b|bao\\s+[a-z]|dai phat thanh\\b|vien\\s+[a-z])");
    /** Header cells that name no issuer: the motto, the superior, the number, rules. */
    private static final Pattern NOT_ISSUER = Patterns.compile("^(?:cong hoa|doc lap|so\\s*:|uy ban nhan dan$|ubnd$"
            + "|(?:uy ban nhan dan|ubnd)\\s+(?:thanh pho|tinh)\\b|dang uy\\b|[-_=.\\s]*$)");
    /** What follows a unit's name in its conference's name. */
    private static final Pattern NAMED = Patterns.compile("\\s+lan thu\\b");
    private static final Pattern COMMITTEE = Patterns.compile("^(?:bch|ban chap hanh|ban thuong vu|btv)\\s+");
    /** "‹Agency› xây dựng Kế hoạch" in the preamble, when no header names it. */
    private static final Pattern AGENCY_SUBJECT =
            Patterns.compile("(?:^|[,;:]\\s*)([^,;:]{4,90}?)\\s+(?:xay dung|ban hanh)\\s+ke hoach\\b");
    private static final Pattern PROVINCE_WORD = Patterns.compile("\\b(thanh pho|tinh)\\s+");
    /** The words of the guidance copied into plans ("địa phương, cơ quan, đơn vị trước khi sắp xếp"): not the unit. */
    private static final Pattern GUIDANCE_WORDS = Patterns.compile("\\bdia phuong, co quan, don vi\\s+(?:truoc|sau)");
    private static final Pattern REORGANISED = Patterns.compile(
            "\\b(?:truoc|sau)\\s+(?:khi\\s+)?sap xep\\b|\\bco (?:thuc hien )?sap xep\\b|\\bhop nhat\\b|\\bsap nhap\\b");
    private static final Pattern NOT_REORGANISED = Patterns.compile(
            "\\bkhong\\s+(?:thuc hien |thuoc dien |phai )?(?:sap xep|sap nhap|hop nhat)\\b");
    private static final Pattern FORMED_FROM = Patterns.compile(
            "\\bcac\\s+(xa|phuong|thi tran|dac khu)\\s*(?:\\(([^)]*)\\)|([^()]{3,160}?))\\s*\\(?\\s*(?:truoc khi sap xep|cu\\b)");

    private final ReadingContext context;
    private final Header header;

    UnitReader(ReadingContext context, Header header) {
        this.context = context;
        this.header = header;
    }

    IssuingUnit read() {
        List<String> formedFrom = formedFrom();
        HeaderCell cell = headerCell();
        String key;
        String name;
        UnitLevel level;
        SourceSpan where;
        SourceSpan headerSource = null;
        if (cell != null && cell.level() == UnitLevel.AGENCY) {
            name = agencySpelling(cell);
            key = Folded.key(name);
            level = UnitLevel.AGENCY;
            where = cell.span();
            headerSource = cell.span();
        } else {
            Mentions mentions = mentions();
            if (cell != null) {
                key = cell.key();
                level = cell.level();
                where = mentions.where.containsKey(key) ? mentions.where.get(key).span() : cell.span();
                headerSource = cell.span();
                mentions.spellings.add(ProperNames.capitalise(cell.words()));
            } else {
                // A unit formed by merging may keep one former unit's name (Kiên Mộc of Bắc Xa, Kiên Mộc and Bính
                // Xá): a former unit is passed over only for another unit the text names more than once.
                key = mentions.mostNamed(formedFrom == null ? Set.of()
                        : Set.copyOf(formedFrom.stream().map(Folded::key).toList()));
                if (key == null || mentions.counts.get(key) < 2) {
                    key = mentions.mostNamed(Set.of());
                }
                if (key == null) {
                    Paragraph agency = agencySubject();
                    if (agency == null) {
                        throw new ImportException(context.document.source(), ImportException.Kind.NO_UNIT,
                                "no issuing unit found: neither its header nor its text names a commune (\"xã\", "
                                        + "\"phường\", \"đặc khu\") or an agency (\"Sở\", \"Bệnh viện\", \"Trường\", "
                                        + "\"Ban\" …) that issues the plan",
                                "không xác định được đơn vị ban hành: phần đầu và nội dung văn bản không nêu xã, phường, "
                                        + "đặc khu hay cơ quan, đơn vị (Sở, Bệnh viện, Trường, Ban …) ban hành kế hoạch",
                                null);
                    }
                    Matcher m = AGENCY_SUBJECT.matcher(agency.folded.text());
                    m.find();
                    String words = agency.folded.original(m.start(1), m.end(1)).strip();
                    return finish(Folded.key(words), words, UnitLevel.AGENCY, agency.span(), null, formedFrom);
                }
                level = mentions.levels.get(key);
                where = mentions.where.get(key).span();
            }
            String chosen = key;
            List<String> spellings = new ArrayList<>(mentions.spellings.stream()
                    .filter(s -> Folded.key(s).equals(chosen)).toList());
            for (String place : header.places()) {
                if (Folded.key(place).equals(key)) {
                    spellings.add(place);
                }
            }
            name = spellings.isEmpty() ? ProperNames.capitalise(cell.words()) : ProperNames.bestSpelling(spellings);
        }
        return finish(key, name, level, where, headerSource, formedFrom);
    }

    private IssuingUnit finish(String key, String name, UnitLevel level, SourceSpan where, SourceSpan headerSource,
                               List<String> formedFrom) {
        context.source("/unit/name", where);
        context.source("/unit/level", where);
        Province province = province();
        return new IssuingUnit(key, name, level, province.listed, province.name, reorganised(level), formedFrom,
                headerSource);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The header.

    /** A header cell that names the issuer: its words (capitals) folded, as written, its level and line. */
    private record HeaderCell(String key, String words, UnitLevel level, SourceSpan span) {
    }

    /** The lines before the title "KẾ HOẠCH", at most the first 30. */
    private List<SourceLine> headerLines() {
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : context.document.lines()) {
            if (line.isBlank()) {
                continue;
            }
            String f = Folded.of(line.text()).text().strip();
            if (f.equals("ke hoach") || lines.size() >= 30) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * The issuer's cell in the header: the last line in capitals naming a commune or an agency before the number
     * (its superior stands above it); an agency's name broken over two lines is read whole.
     */
    private HeaderCell headerCell() {
        List<SourceLine> lines = headerLines();
        HeaderCell found = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = leftCell(line.text());
            if (!Paragraph.allCaps(text)) {
                continue;
            }
            String f = Folded.key(text);
            Matcher commune = COMMUNE_CELL.matcher(f);
            if (commune.matches()) {
                Folded folded = Folded.of(text);
                Matcher m = COMMUNE_CELL.matcher(folded.text().strip());
                String words = m.matches() ? text.substring(text.length() - folded.original(m.start(2), folded.text()
                        .length()).strip().length()).strip() : text;
                found = new HeaderCell(Folded.key(words), words, level(commune.group(1)),
                        new SourceSpan(line.page(), line.number(), line.number(), text));
                continue;
            }
            // "BCH HỘI NÔNG DÂN THÀNH PHỐ …": the executive committee issues for its organisation.
            Matcher committee = COMMITTEE.matcher(f);
            if (committee.find()) {
                Folded folded = Folded.of(text);
                text = folded.original(committee.end(), folded.text().length()).strip();
                f = Folded.key(text);
            }
            if (AGENCY.matcher(f).find() && !NOT_ISSUER.matcher(f).find()) {
                String words = text;
                SourceLine last = line;
                // A long name wraps: the next line in capitals that is neither the motto nor the number continues it.
                if (i + 1 < lines.size()) {
                    String next = lines.get(i + 1).text().strip();
                    String nf = Folded.of(next).text().strip();
                    if (Paragraph.allCaps(next) && !NOT_ISSUER.matcher(nf).find() && !AGENCY.matcher(nf).find()
                            && !COMMUNE_CELL.matcher(nf).matches() && !nf.contains(",") && lines.get(i + 1).page()
                            == line.page() && nf.split("\\s+").length <= 4) {
                        words = words + " " + next;
                        last = lines.get(i + 1);
                        i++;
                    }
                }
                found = new HeaderCell(Folded.key(words), words, UnitLevel.AGENCY,
                        new SourceSpan(line.page(), line.number(), last.number(), words));
            }
        }
        return found;
    }

    /**
     * The left column of a header line that holds both ("UBND XÃ KIÊN THỤY   CỘNG HÒA XÃ HỘI …", as a text or an OCR
     * keeps them): the words before the motto, or before a wide gap.
     */
    private static String leftCell(String line) {
        String text = line.strip();
        String[] columns = text.split("\\s{3,}");
        text = columns[0];
        Folded folded = Folded.of(text);
        Matcher motto = MOTTO.matcher(folded.text());
        if (motto.find() && motto.start() > 0) {
            text = folded.original(0, motto.start()).strip();
        }
        return text;
    }

    private static final Pattern MOTTO = Patterns.compile("\\s(?:cong hoa xa hoi|cong hoa|doc lap\\s*-)");

    /** An agency's name as the body spells it (not in capitals), else its header's words with their usual capitals. */
    private String agencySpelling(HeaderCell cell) {
        List<String> spellings = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            int at = f.indexOf(cell.key());
            while (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(f.charAt(at - 1));
                int end = at + cell.key().length();
                boolean wordEnd = end == f.length() || !Character.isLetterOrDigit(f.charAt(end));
                if (wordStart && wordEnd) {
                    // The header may leave out what its superior above it says: "CÔNG AN THÀNH PHỐ" under "UBND
                    // THÀNH PHỐ HẢI PHÒNG" is "Công an thành phố Hải Phòng" in the text, and in its conference's name.
                    int longer = withProvince(f, end);
                    for (int to : longer == end ? new int[] {end} : new int[] {end, longer}) {
                        String words = p.folded.original(at, to);
                        if (!Paragraph.allCaps(words) && words.equals(words.replaceAll("\\s+", " "))) {
                            spellings.add(words);
                            if (NAMED.matcher(f.substring(to)).lookingAt()) {
                                named.add(words);
                            }
                        }
                    }
                }
                at = f.indexOf(cell.key(), at + 1);
            }
        }
        // The name the agency's conference bears ("… tiên tiến Sở Nội vụ Lần thứ I"); else the fullest the text gives.
        if (!named.isEmpty()) {
            return ProperNames.bestSpelling(named);
        }
        if (!spellings.isEmpty()) {
            int longest = spellings.stream().mapToInt(s -> Folded.key(s).length()).max().orElse(0);
            return ProperNames.bestSpelling(spellings.stream().filter(s -> Folded.key(s).length() == longest).toList());
        }
        // "BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP": the kind of body in lower case after its first letter, the name capitalised.
        String capitalised = ProperNames.capitalise(cell.words());
        Matcher m = AGENCY.matcher(Folded.key(capitalised));
        if (m.find() && m.end() > 1) {
            int kindWords = Folded.key(capitalised).substring(0, m.end()).strip().split("\\s+").length;
            String[] words = capitalised.split("\\s+");
            for (int i = 1; i < Math.min(kindWords, words.length); i++) {
                words[i] = words[i].toLowerCase(java.util.Locale.forLanguageTag("vi"));
            }
            return String.join(" ", words);
        }
        return capitalised;
    }

    private static final Pattern PROVINCE_AFTER = Patterns.compile("^\\s+(?:(?:thanh pho|tinh)\\s+)?([a-z]+(?:\\s+[a-z]+){0,2})");

    /** Where a name ends when the province ("Hải Phòng", "tỉnh Lạng Sơn") follows it in the folded text. */
    private static int withProvince(String folded, int end) {
        Matcher m = PROVINCE_AFTER.matcher(folded.substring(end));
        if (!m.find()) {
            return end;
        }
        String[] words = m.group(1).split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String name = String.join(" ", List.of(words).subList(0, n));
            if (Vocabulary.province(name) != null) {
                return end + m.start(1) + name.length();
            }
        }
        return end;
    }

    /** The preamble's "‹Agency› xây dựng Kế hoạch …", when no header names the unit. */
    private Paragraph agencySubject() {
        for (int i = 0; i < Math.min(context.paragraphs.size(), context.preambleEnd + 1); i++) {
            Paragraph p = context.paragraphs.get(i);
            Matcher m = AGENCY_SUBJECT.matcher(p.folded.text());
            if (m.find() && AGENCY.matcher(m.group(1).strip()).find()) {
                return p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Communes named in the text.

    /** The communes a document names, with how often and where first, in the order it names them. */
    private static final class Mentions {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, UnitLevel> levels = new LinkedHashMap<>();
        final Map<String, Paragraph> where = new LinkedHashMap<>();
        final List<String> spellings = new ArrayList<>();

        void add(String name, String levelWord, Paragraph paragraph) {
            String key = Folded.key(name);
            counts.merge(key, 1, Integer::sum);
            levels.putIfAbsent(key, level(levelWord));
            where.putIfAbsent(key, paragraph);
            spellings.add(name);
        }

        /** The unit named most often, never a pre-merger one; among equals, the one named first. */
        String mostNamed(Set<String> excluded) {
            String most = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (excluded.contains(e.getKey())) {
                    continue;
                }
                if (most == null || e.getValue() > counts.get(most)) {
                    most = e.getKey();
                }
            }
            return most;
        }
    }

    private Mentions mentions() {
        Mentions mentions = new Mentions();
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            if (!f.contains("xa") && !f.contains("phuong") && !f.contains("dac khu")) {
                continue;
            }
            Matcher m = LEVEL_WORD.matcher(f);
            while (m.find()) {
                String name = ProperNames.titleWords(p.text, p.folded.originalEnd(m.end()));
                if (name != null && !Paragraph.allCaps(name)) {
                    mentions.add(name, m.group(1), p);
                }
            }
        }
        if (mentions.counts.isEmpty()) {
            // A heading in capitals ("XÃ KẺ SẶT") is the last resort; its words are written with a capital each.
            for (Paragraph p : context.paragraphs.subList(0, Math.min(context.paragraphs.size(), context.preambleEnd + 1))) {
                Matcher m = COMMUNE_CELL.matcher(p.folded.text().strip());
                if (Paragraph.allCaps(p.text) && m.matches()) {
                    mentions.add(ProperNames.capitalise(p.folded.original(m.start(2), m.end(2)).strip()), m.group(1), p);
                }
            }
        }
        return mentions;
    }

    static UnitLevel level(String folded) {
        return switch (folded) {
            case "xa" -> UnitLevel.COMMUNE;
            case "phuong" -> UnitLevel.WARD;
            case "dac khu" -> UnitLevel.SPECIAL_ZONE;
            default -> null;
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The province.

    private record Province(Vocabulary.Province listed, String name) {
    }

    private Province province() {
        Map<Vocabulary.Province, Integer> known = new LinkedHashMap<>();
        Map<Vocabulary.Province, Paragraph> knownWhere = new LinkedHashMap<>();
        Map<String, Integer> other = new LinkedHashMap<>();
        Map<String, Paragraph> otherWhere = new LinkedHashMap<>();
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            if (!f.contains("tinh") && !f.contains("thanh pho")) {
                continue;
            }
            Matcher m = PROVINCE_WORD.matcher(f);
            while (m.find()) {
                String name = ProperNames.titleWords(p.text, p.folded.originalEnd(m.end()));
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
            Vocabulary.Province province = most(known);
            context.source("/unit/province", knownWhere.get(province).span());
            return new Province(province, province.name());
        }
        if (!other.isEmpty()) {
            String name = most(other);
            context.source("/unit/province", otherWhere.get(name).span());
            return new Province(null, name);
        }
        return new Province(null, null);
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

    // ---------------------------------------------------------------------------------------------------------------
    // The reorganisation.

    /**
     * Whether the plan says the unit was reorganised: "không thực hiện sắp xếp" says no; "trước/sau (khi) sắp xếp",
     * "có sắp xếp", "hợp nhất", "sáp nhập" say yes. An agency's plan copying the guidance's "địa phương, cơ quan, đơn
     * vị trước khi sắp xếp" says nothing of the agency itself. Null when the plan does not say.
     */
    private Boolean reorganised(UnitLevel level) {
        for (Paragraph p : context.paragraphs) {
            if (p.folded.text().contains("khong") && NOT_REORGANISED.matcher(p.folded.text()).find()) {
                context.source("/unit/reorganised", p.span());
                return Boolean.FALSE;
            }
        }
        for (Paragraph p : context.paragraphs) {
            String f = p.folded.text();
            if (!f.contains("sap xep") && !f.contains("hop nhat") && !f.contains("sap nhap")) {
                continue;
            }
            Matcher m = REORGANISED.matcher(f);
            while (m.find()) {
                if (level == UnitLevel.AGENCY && GUIDANCE_WORDS.matcher(f.substring(Math.max(0, m.start() - 40),
                        Math.min(f.length(), m.end()))).find()) {
                    context.leaveOut("/unit/reorganised", p, "the guidance's words about units in general");
                    continue;
                }
                context.source("/unit/reorganised", p.span());
                return Boolean.TRUE;
            }
        }
        return null;
    }

    /** "trước khi sắp xếp" / "trên cơ sở sắp xếp": where a plan names the units it was formed from. */
    private static final Pattern MERGER_CUE = Patterns.compile("\\btruoc khi sap xep\\b|\\btren co so sap xep\\b");

    /**
     * The pre-merger units: "các xã (A, B và C) trước khi sắp xếp", "của thị trấn A, các xã B, C (trước khi sắp
     * xếp)", "các xã A, B và C trước khi sắp xếp", "(… trước khi sắp xếp: thị trấn A, xã B)", "thành lập trên cơ sở
     * sắp xếp các phường A, B, C". Every item of the list must be a name; else the list is left out.
     */
    private List<String> formedFrom() {
        for (Paragraph p : context.paragraphs) {
            if (!p.folded.text().contains("sap xep") && !p.folded.text().contains(" cu")) {
                continue;
            }
            Matcher paren = FORMED_FROM.matcher(p.folded.text());
            if (p.folded.text().contains("cac") && paren.find() && paren.group(2) != null) {
                List<String> names = names(List.of(p.folded.original(paren.start(2), paren.end(2))
                        .split(",\\s*|\\s+và\\s+|\\s+va\\s+")), false);
                if (names != null) {
                    context.source("/unit/formedFrom", p.span());
                    return names;
                }
            }
            Matcher cue = MERGER_CUE.matcher(p.folded.text());
            boolean cued = p.folded.text().contains("sap xep");
            while (cued && cue.find()) {
                String before = p.folded.original(0, cue.start());
                String after = p.folded.original(cue.end(), p.folded.text().length());
                List<String> names = null;
                if (cue.group().startsWith("tren")) {
                    names = names(items(after, true), true);
                } else if (after.matches("(?s)^\\s*:.*")) {
                    names = names(items(after.replaceFirst("^\\s*:", ""), true), true);
                }
                if (names == null) {
                    String list = before.replaceAll("[\\s(]+$", "");
                    names = names(items(list, false), false);
                    if (names == null || names.size() < 2) {
                        names = agencyNames(list);
                    }
                }
                if (names != null && names.size() >= 2) {
                    context.source("/unit/formedFrom", p.span());
                    return names;
                }
                context.leaveOut("/unit/formedFrom", p, "no list of names by \"" + cue.group() + "\"");
            }
        }
        return null;
    }

    /** The items of a list that runs forward from (or back to) a cue, cut at its clause's end. */
    private static List<String> items(String text, boolean forward) {
        String clause = text;
        if (forward) {
            Matcher end = Patterns.compile("[.;:)(]").matcher(clause);
            if (end.find()) {
                clause = clause.substring(0, end.start());
            }
        } else {
            int start = Math.max(Math.max(clause.lastIndexOf('('), clause.lastIndexOf(';')), clause.lastIndexOf(':'));
            clause = clause.substring(start + 1);
        }
        return List.of(clause.split(",\\s*|\\s+và\\s+|\\s+va\\s+"));
    }

    /**
     * The names of a list's items, without their level words, each once. Read forward, every item must be a name.
     * Read back from the cue, the list starts at the item whose level word follows other words ("… của thị trấn A, các
     * xã B, C"); items before it are the sentence's own words.
     */
    private static List<String> names(List<String> items, boolean forward) {
        List<String> names = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            String item = items.get(i).strip();
            // Level words are found on the folded form, so that OCR's "xi" is the "xã" it stands for.
            Folded folded = Folded.of(item);
            Matcher level = FOLDED_LEVEL.matcher(folded.text());
            int last = -1;
            int first = -1;
            while (level.find()) {
                first = first < 0 ? level.start() : first;
                last = level.end();
            }
            String name = last >= 0 ? folded.original(last, folded.text().length()).strip() : item;
            if (name.isEmpty() || !name.equals(ProperNames.titleWords(name, 0))) {
                if (forward) {
                    return null;
                }
                break;
            }
            if (!names.contains(name)) {
                names.add(0, name);
            }
            boolean opensList = first > 0 && !FOLDED_LEVEL.matcher(folded.text()).lookingAt();
            if (!forward && opensList) {
                break;
            }
        }
        return names.isEmpty() ? null : List.copyOf(names);
    }

    private static final Pattern FOLDED_LEVEL = Patterns.compile("(?:^|\\s)(?:cac\\s+)?(?:xa|phuong|thi tran|dac khu)\\s+");
    private static final Pattern LIST_OPENS = Patterns.compile("(?:^|\\s)(?:cua|gom(?: ca)?)\\s+");

    /**
     * Former agencies, read back from the cue to the "của" or "gồm" that opens the list: "… của Sở Nội vụ, Sở Lao động
     * - Thương binh và Xã hội thành phố Hải Phòng và Sở Nội vụ tỉnh Hải Dương trước khi sắp xếp". A "và" parts two
     * items only where an agency's name follows it; every item must be one.
     */
    private static List<String> agencyNames(String before) {
        Folded folded = Folded.of(before);
        String f = folded.text();
        Matcher opens = LIST_OPENS.matcher(f);
        int from = -1;
        while (opens.find()) {
            from = opens.end();
        }
        if (from < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int start = from;
        for (int i = from; i <= f.length(); i++) {
            boolean comma = i < f.length() && f.charAt(i) == ',';
            boolean and = f.startsWith(" va ", i) && AGENCY.matcher(f.substring(i + 4)).lookingAt();
            if (i == f.length() || comma || and) {
                String item = f.substring(start, i).strip();
                if (!AGENCY.matcher(item).lookingAt()) {
                    return null;
                }
                names.add(folded.original(start, i).strip());
                start = i + (and ? 4 : 1);
                i = start - 1;
            }
        }
        return names.size() >= 2 ? List.copyOf(names) : null;
    }
}
