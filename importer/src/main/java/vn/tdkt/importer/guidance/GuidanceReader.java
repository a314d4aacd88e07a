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
 * Reads a province's guidance for the exemplar conferences (a Quyết định with its Kế hoạch, or a Kế hoạch alone) from
 * the importer's paragraphs: the header, and each parameter a shared check reads, with the clause path (II.1,
 * III.3.6 …) of the paragraph that states it, its words and its line. Matching is done on the folded text, so a text
 * without diacritics reads alike. A parameter no paragraph states is not read: never guessed.
 */
public final class GuidanceReader extends GuidanceHeader {
    private GuidanceReader(List<Para> paras) {
        super(paras);
    }

    private static final Pattern SESSIONS_OR_DAY = Pattern.compile("\\b0?1\\s+buoi\\s+hoac\\s+0?1\\s+ngay\\b");
    private static final Pattern ONE_DAY = Pattern.compile("\\b(?:0?1|mot)\\s+ngay\\b|\\bca ngay\\b|\\btron ngay\\b");
    private static final Pattern TWO_SESSIONS = Pattern.compile("\\b(?:0?2|hai)\\s+buoi\\b");
    private static final Pattern ONE_SESSION = Pattern.compile("\\b(?:0?1|mot)\\s+buoi\\b|\\bnua ngay\\b");
    private static final Pattern PRIORITY = Pattern.compile("\\bchu trong\\s+(?:lua chon\\s+)?");
    private static final Pattern PERIOD = Pattern.compile("\\bgiai doan\\s*\\(?\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern TERM = Pattern.compile("\\(\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})\\s*\\)|\\bgiai doan\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern RECIPIENT = Pattern.compile(
            "\\b(?:bao cao|gui(?:\\s+ve)?|ve)\\s+((?:hoi dong|ban thi dua|so noi vu|uy ban|ubnd)\\b.*?)\\s*,?\\s*(?:truoc|cham nhat|muon nhat|han chot|den het)\\b");
    private static final Pattern DEADLINE_WORDS = Pattern.compile("\\b(?:truoc|cham nhat|muon nhat|han chot|den het)\\b");

    /** Reads the paragraphs of a guidance document. */
    public static GuidanceReading read(List<Para> paras) {
        return new GuidanceReader(paras).read();
    }

    private GuidanceReading read() {
        readHeader();
        readForm();
        readTiming();
        readDelegates();
        readProgramme();
        readActivities();
        readEvaluation();
        readReportParts();
        readName();
        readDeadlines();
        readPresences();
        Map<String, Fact> ordered = new LinkedHashMap<>();
        for (String name : GuidanceDrafter.PARAMETERS) {
            if (facts.containsKey(name)) {
                ordered.put(name, facts.get(name));
            }
        }
        Fact n = header.get("guidance.number");
        Fact d = header.get("guidance.date");
        return new GuidanceReading(header.containsKey("guidance.issuer") ? (String) header.get("guidance.issuer").value() : null,
                facts.containsKey("guidance.province") ? (String) facts.get("guidance.province").value() : null,
                n == null ? null : (String) n.value(), d == null ? null : (LocalDate) d.value(),
                header.containsKey("guidance.month") ? (LocalDate) header.get("guidance.month").value() : null,
                header.containsKey("guidance.title") ? (String) header.get("guidance.title").value() : null,
                header, ordered, presences, notes);
    }

    // ---- section II ------------------------------------------------------------------------------------------------

    private void readForm() {
        int i = labelled("hinh thuc");
        if (i < 0) {
            return;
        }
        String body = DocumentParagraphs.fold(paras.get(i).body());
        String after = body.substring(body.indexOf(':') + 1).replaceAll("[\"“”'‘’]", "").strip();
        if (after.startsWith("to chuc ")) {
            after = after.substring("to chuc ".length());
        }
        String form = DocumentParagraphs.formAt(after);
        if (form != null) {
            put("conference.form", form, i, paras.get(i).text());
        } else {
            notes.add("the form names no form of the vocabulary (" + paras.get(i).where() + ": \"" + paras.get(i).text() + "\")");
        }
    }

    private void readTiming() {
        int i = labelled("thoi gian");
        if (i < 0) {
            return;
        }
        Para p = paras.get(i);
        String f = p.folded();
        readSessions(i, f);
        for (DateHit hit : GuidanceWords.dates(f, year)) {
            if (hit.qualifier() != DateQualifier.ON) {
                put("conference.deadline", hit.date(), i, p.text());
                deadlineWords.put("conference.deadline", new Object[] {hit.qualifier(), clause(i), phrase(p, hit)});
                break;
            }
        }
    }

    /** The length of the conference a paragraph (or a timetable's row) states, when no other has. */
    private void readSessions(int i, String f) {
        if (facts.containsKey("conference.sessions")) {
            return;
        }
        Integer sessions = null;
        if (SESSIONS_OR_DAY.matcher(f).find() || ONE_DAY.matcher(f).find() || TWO_SESSIONS.matcher(f).find()) {
            sessions = 2;
        } else if (ONE_SESSION.matcher(f).find()) {
            sessions = 1;
        }
        if (sessions != null) {
            put("conference.sessions", sessions, i, paras.get(i).text());
        }
    }

    /** The words of a date's own clause: from the last "," or ";" before it to its end ("hoàn thành trước ngày …"). */
    private static String phrase(Para p, DateHit hit) {
        String f = p.folded();
        int from = Math.max(f.lastIndexOf(',', hit.start()), f.lastIndexOf(';', hit.start())) + 1;
        return p.original(from, hit.end()).strip();
    }

    private final Map<String, Object[]> deadlineWords = new LinkedHashMap<>();

    /** A cap the text states: its value, paragraph, and the level its clause speaks of. */
    private record Cap(int value, int index, GuidanceWords.Level level) {
    }

    private void readDelegates() {
        List<Cap> caps = new ArrayList<>();
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            Matcher cap = GuidanceWords.CAP.matcher(f);
            while (cap.find()) {
                Integer value = GuidanceWords.count(cap.group(1));
                int from = Math.max(f.lastIndexOf(". ", cap.start()), f.lastIndexOf(';', cap.start())) + 1;
                String clause = f.substring(from, cap.start());
                String sentence = f.substring(f.lastIndexOf(". ", cap.start()) + 1, cap.end());
                // The congress's own delegates are no cap of the conference.
                if (value == null || sentence.contains("dai hoi") && !sentence.contains("hoi nghi")) {
                    continue;
                }
                GuidanceWords.Level level = GuidanceWords.level(clause);
                if (level == GuidanceWords.Level.NONE) {
                    level = headingLevel(i);
                }
                caps.add(new Cap(value, i, level));
            }
            int[] share = GuidanceWords.share(f);
            if (!facts.containsKey("delegates.exemplarPercent") && share != null) {
                int open = f.lastIndexOf('(', share[1]);
                int close = open < 0 ? -1 : f.indexOf(')', share[2]);
                String text = open >= 0 && close > 0 ? p.original(open, close + 1) : p.text();
                put("delegates.exemplarPercent", share[0], i, text);
            }
            Matcher priority = PRIORITY.matcher(f);
            if (!facts.containsKey("delegates.priorityGroups") && priority.find()) {
                String clause = DocumentParagraphs.clauseFrom(f, priority.end());
                int stop = clause.length();
                List<PriorityGroup> groups = DocumentParagraphs.priorityGroups(clause);
                if (!groups.isEmpty()) {
                    String words = p.original(priority.start(), priority.end() + stop).strip();
                    put("delegates.priorityGroups", groups.stream().map(Enum::name).toList(), i, words);
                    for (String piece : clause.split(",|\\bva\\b")) {
                        String s = piece.strip();
                        if (s.matches("^(?:dai bieu|ca nhan|nguoi|doan vien|hoi vien)\\b.*")
                                && DocumentParagraphs.priorityGroups(s).isEmpty()) {
                            int at = clause.indexOf(s);
                            notes.add("a group of delegates the model has no kind for: \""
                                    + p.original(priority.end() + at, priority.end() + at + s.length()) + "\" ("
                                    + clause(i) + ", " + p.where() + "); the list holds the groups the model knows");
                        }
                    }
                }
            }
        }
        readCap(caps);
    }

    /** The level the nearest heading above a paragraph speaks of ("1. Đối với cấp xã"), or NONE. */
    private GuidanceWords.Level headingLevel(int index) {
        for (int i = index - 1; i >= planStart; i--) {
            Para p = paras.get(i);
            if (p.isHeading() && !p.row() || part(p) != null) {
                return GuidanceWords.level(p.folded());
            }
        }
        return GuidanceWords.Level.NONE;
    }

    /**
     * The cap of the communes' conference. One value however often stated is the cap; caps that differ by level (the
     * communes' and the agencies') give the communes' one, and the README names the other; caps that differ with no
     * level to tell them apart are left out, never merged into one.
     */
    private void readCap(List<Cap> caps) {
        Set<Integer> values = new LinkedHashSet<>();
        caps.forEach(c -> values.add(c.value()));
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            Cap c = caps.get(0);
            put("delegates.max", c.value(), c.index(), paras.get(c.index()).text());
            return;
        }
        List<Cap> communes = caps.stream().filter(c -> c.level() == GuidanceWords.Level.COMMUNES).toList();
        Set<Integer> theirs = new LinkedHashSet<>();
        communes.forEach(c -> theirs.add(c.value()));
        StringBuilder all = new StringBuilder();
        for (Cap c : caps) {
            Para p = paras.get(c.index());
            all.append(all.length() == 0 ? "" : "; ").append(c.value()).append(" (")
                    .append(c.level() == GuidanceWords.Level.COMMUNES ? "communes" : c.level() == GuidanceWords.Level.AGENCIES
                            ? "agencies" : "no level named").append(", ").append(clause(c.index())).append(", ")
                    .append(p.where()).append(": \"").append(p.text()).append("\")");
        }
        if (theirs.size() == 1) {
            Cap c = communes.get(0);
            put("delegates.max", c.value(), c.index(), paras.get(c.index()).text());
            notes.add("the text gives more than one cap: " + all + "; the pack, for the communes' plans, takes the "
                    + "communes' " + c.value() + " (the agencies' plans are checked by another pack or by hand)");
        } else {
            notes.add("`delegates.max`: the text gives caps that differ and does not say which holds for the communes: "
                    + all + "; left out, never merged: write the communes' cap by hand");
        }
    }

    // ---- section III -----------------------------------------------------------------------------------------------

    private void readProgramme() {
        int h = -1;
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isHeading() && !p.row() && !"ROMAN".equals(p.kind())
                    && DocumentParagraphs.fold(p.body()).startsWith("chuong trinh")) {
                h = i;
                break;
            }
        }
        if (h < 0) {
            h = heading("chuong trinh");
        }
        if (h < 0) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(paras.get(h).text());
        int last = h;
        String family = null;
        for (int i : under(h)) {
            Para p = paras.get(i);
            if (furniture.contains(i)) {
                continue;
            }
            // The list's items are of one family: bullets, rows of a table, lettered items or lines of a timed agenda.
            String its = itemFamily(p);
            if (its == null || family != null && !family.equals(its)) {
                if (!kinds.isEmpty()) {
                    break;
                }
                continue;
            }
            String f = p.row() ? rowContent(p) : p.folded();
            List<ProgramItemKind> found = itemKinds(f);
            if (found.isEmpty()) {
                if (!p.row() || kinds.size() > 0 && !f.isBlank() && !looksLikeHeaderRow(p)) {
                    notes.add("a programme item the model has no kind for: \"" + p.text() + "\" (" + clause(i)
                            + ", " + p.where() + ")");
                }
                continue;
            }
            family = its;
            for (ProgramItemKind kind : found) {
                kinds.add(kind.name());
                texts.add(p.text());
            }
            last = i;
        }
        if (kinds.size() >= 3) {
            Para p = paras.get(h);
            facts.put("programme.items", new Fact("programme.items", kinds, clause(h), String.join("\n", texts),
                    p.where().replaceFirst("lines? (\\d+).*", "lines $1-" + paras.get(last).lastLine())));
            readOptional(kinds, texts);
        }
    }

    /** The family of a programme's item a paragraph is, or null: "bullet", "row", "letter" or "clock". */
    private static String itemFamily(Para p) {
        if (p.row()) {
            return "row";
        }
        if (p.isBullet()) {
            return "bullet";
        }
        if ("LETTER".equals(p.kind())) {
            return "letter";
        }
        return GuidanceWords.CLOCK.matcher(p.text()).find() ? "clock" : null;
    }

    /**
     * The kinds of programme item a line names: one, or several when its pieces between ";" each name another kind
     * ("Thông qua danh sách đại biểu …; bế mạc Hội nghị", or an agenda written on one line).
     */
    private static List<ProgramItemKind> itemKinds(String f) {
        List<ProgramItemKind> pieces = new ArrayList<>();
        for (String piece : f.split(";")) {
            ProgramItemKind kind = piece.isBlank() ? null : DocumentParagraphs.programmeItem(piece);
            if (kind != null && !pieces.contains(kind)) {
                pieces.add(kind);
            }
        }
        if (pieces.size() > 1) {
            return pieces;
        }
        ProgramItemKind whole = DocumentParagraphs.programmeItem(f);
        return whole == null ? List.of() : List.of(whole);
    }

    private static boolean looksLikeHeaderRow(Para p) {
        return p.folded().contains("noi dung") && (p.folded().startsWith("tt") || p.folded().startsWith("stt"));
    }

    /** A table row's content: its cells but the first (the number) and a time of day. */
    private static String rowContent(Para p) {
        String[] cells = p.folded().split("\\|");
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (cell.matches("\\d{1,2}\\.?|[\\dh:\\s-–]+")) {
                continue;
            }
            out.append(cell).append(" ");
        }
        return out.toString().strip();
    }

    private void readOptional(List<String> kinds, List<String> texts) {
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            int may = f.indexOf("co the to chuc");
            if (may < 0 || !f.contains("chuong trinh")) {
                continue;
            }
            int colon = f.indexOf(':', may);
            String list = f.substring(colon < 0 ? may : colon + 1).replaceAll("[.;]+$", "");
            String text = p.text();
            if (list.isBlank() && i + 1 < paras.size()) {
                list = paras.get(i + 1).folded().replaceAll("[.;]+$", "");
                text = text + "\n" + paras.get(i + 1).text();
            }
            List<String> optional = new ArrayList<>();
            for (String piece : list.split(",|\\bva\\b")) {
                String s = piece.strip();
                if (s.isEmpty()) {
                    continue;
                }
                ProgramItemKind kind = DocumentParagraphs.programmeItem(s);
                int at = kind == null ? -1 : kinds.indexOf(kind.name());
                // The sentence makes an item optional when it repeats the item's own words.
                if (at >= 0 && DocumentParagraphs.fold(texts.get(at + 1)).contains(s) && !optional.contains(kind.name())) {
                    optional.add(kind.name());
                }
            }
            put("programme.optional", optional, i, text);
            return;
        }
        Fact items = facts.get("programme.items");
        facts.put("programme.optional", new Fact("programme.optional", List.of(), items.clause(),
                texts.get(0), items.line()));
        notes.add("no programme item is said to be optional (\"có thể tổ chức\"): programme.optional is []");
    }

    private void readActivities() {
        int h = -1;
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = DocumentParagraphs.fold(p.body());
            if (p.isHeading() && !p.row() && (f.contains("hoat dong truoc") || f.startsWith("mot so hoat dong"))) {
                h = i;
                break;
            }
        }
        if (h < 0) {
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (int i : under(h)) {
            Para p = paras.get(i);
            if (!p.isBullet()) {
                continue;
            }
            ActivityKind kind = DocumentParagraphs.activity(p.folded());
            if (kind != null) {
                kinds.add(kind.name());
            } else {
                notes.add("an activity the model has no kind for: \"" + p.text() + "\" (" + clause(i) + ", "
                        + p.where() + ")");
            }
        }
        if (!kinds.isEmpty()) {
            put("activities.recommended", new ArrayList<>(kinds), h, paras.get(h).text());
        }
    }

    private void readEvaluation() {
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            int at = f.indexOf("thoi ky danh gia");
            if (at < 0) {
                continue;
            }
            Matcher m = PERIOD.matcher(f);
            if (m.find(at)) {
                int start = Math.max(0, f.lastIndexOf(". ", m.start()) + 1);
                int colon = f.lastIndexOf(':', m.start());
                start = Math.max(start, colon + 1);
                String words = p.original(start, m.end()).strip();
                put("evaluation.from", Integer.valueOf(m.group(1)), i, words);
                put("evaluation.to", Integer.valueOf(m.group(2)), i, words);
            }
            return;
        }
    }

    private void readReportParts() {
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            if (!(f.contains("bo cuc") && f.contains("bao cao"))) {
                continue;
            }
            List<Integer> plus = new ArrayList<>();
            List<Integer> dash = new ArrayList<>();
            for (int j = i + 1; j < paras.size(); j++) {
                Para q = paras.get(j);
                if (q.isHeading() || q.row()) {
                    break;
                }
                if (q.isBullet()) {
                    ("PLUS".equals(q.kind()) ? plus : dash).add(j);
                }
            }
            List<Integer> items = plus.isEmpty() ? dash : plus;
            List<String> parts = new ArrayList<>();
            for (int j : items) {
                ReportPart part = DocumentParagraphs.reportPart(paras.get(j).folded());
                if (part != null && !parts.contains(part.name())) {
                    parts.add(part.name());
                } else if (part == null) {
                    notes.add("a part of the report the model has no kind for: \"" + paras.get(j).text() + "\" ("
                            + clause(j) + ", " + paras.get(j).where() + ")");
                }
            }
            if (!parts.isEmpty()) {
                put("report.parts", parts, i, p.text());
            }
            return;
        }
    }

    private void readName() {
        int h = -1;
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isHeading() && p.folded().matches(".*\\bten (?:goi )?(?:cua )?hoi nghi\\b.*")) {
                h = i;
                break;
            }
        }
        if (h < 0) {
            return;
        }
        for (int i = h + 1; i < paras.size() && i < h + 6; i++) {
            Para p = paras.get(i);
            if (p.isHeading()) {
                return;
            }
            String f = p.folded().replaceAll("[\"“”]", "").strip();
            String form = DocumentParagraphs.formAt(f);
            if (form == null || !"NONE".equals(p.kind()) && !p.isBullet()) {
                continue;
            }
            String name = p.text().replaceAll("[\"“”]", "").strip();
            String folded = f;
            String where = p.where();
            if (i + 1 < paras.size() && paras.get(i + 1).folded().strip().startsWith("lan thu")) {
                name = name + " " + paras.get(i + 1).text().strip();
                folded = folded + " " + paras.get(i + 1).folded().strip();
                where = where.replaceFirst("lines? (\\d+).*", "lines $1-" + paras.get(i + 1).lastLine());
            }
            String template = template(form, folded);
            Matcher term = TERM.matcher(folded);
            if (template == null) {
                notes.add("a name of another shape than ‹form› ‹unit› Lần thứ ‹edition› (‹term›): \"" + name + "\" ("
                        + clause(h) + ", " + where + ")");
                return;
            }
            String clause = clause(h);
            facts.put("conference.name", new Fact("conference.name", template, clause, name, where));
            if (term.find()) {
                int from = Integer.parseInt(term.group(1) != null ? term.group(1) : term.group(3));
                int to = Integer.parseInt(term.group(2) != null ? term.group(2) : term.group(4));
                facts.put("term.from", new Fact("term.from", from, clause, name, where));
                facts.put("term.to", new Fact("term.to", to, clause, name, where));
            }
            return;
        }
    }

    /**
     * The name's template: the form, "{unit}" for the words between the form and the edition, "Lần thứ {edition}",
     * and "({term})" or "giai đoạn {term}"; null when the name has no edition and no term.
     */
    static String template(String form, String folded) {
        String rest = folded.substring(DocumentParagraphs.fold(form).length());
        Matcher edition = Pattern.compile("\\blan thu\\b").matcher(rest);
        Matcher term = TERM.matcher(rest);
        boolean hasEdition = edition.find();
        boolean hasTerm = term.find();
        if (!hasEdition && !hasTerm) {
            return null;
        }
        StringBuilder t = new StringBuilder(form).append(" {unit}");
        if (hasEdition) {
            t.append(" Lần thứ {edition}");
        }
        if (hasTerm) {
            t.append(term.group(1) != null ? " ({term})" : " giai đoạn {term}");
        }
        return t.toString();
    }

    // ---- section IV ------------------------------------------------------------------------------------------------

    private void readDeadlines() {
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.row() ? p.folded().replace('|', ' ') : p.folded();
            if (f.contains("dai hoi thi dua") && !f.contains("ket qua") && !f.contains("ke hoach to chuc hoi nghi")) {
                continue;
            }
            List<DateHit> hits = GuidanceWords.dates(f, year);
            for (DateHit hit : hits) {
                if (hit.qualifier() == DateQualifier.ON && !p.row()) {
                    continue;
                }
                // The clause the date closes: from the sentence's start (or the last ";") to the date.
                int sentence = f.lastIndexOf(". ", hit.start()) + 1;
                int from = Math.max(f.lastIndexOf(';', hit.start()) + 1, sentence);
                String stretch = f.substring(sentence, hit.end());
                String parameter = null;
                if (stretch.matches(".*\\bbao cao\\b.*\\bket qua\\b.*|.*\\bket qua\\b.*\\bbao cao\\b.*")) {
                    parameter = "results.deadline";
                } else if (stretch.matches(".*\\bke hoach\\b.*") && stretch.matches(".*\\b(?:bao cao|gui|trinh)\\b.*")) {
                    parameter = "plan.deadline";
                } else if (p.row() && stretch.matches(".*\\bto chuc hoi nghi\\b.*")) {
                    parameter = "conference.deadline";
                }
                if (parameter == null || facts.containsKey(parameter)) {
                    continue;
                }
                DateQualifier qualifier = hit.qualifier();
                if (qualifier == DateQualifier.ON && p.row()) {
                    // A timetable's cell: "Trước ngày 15/8/2025" or "Chậm nhất 15/8" is read with its words.
                    if (!DEADLINE_WORDS.matcher(stretch).find()) {
                        continue;
                    }
                    qualifier = stretch.matches(".*\\btruoc\\b.*") ? DateQualifier.BEFORE : DateQualifier.NO_LATER_THAN;
                }
                String text = p.row() ? p.text() : p.original(from, Math.min(f.length(), hit.end() + 1)).strip();
                put(parameter, hit.date(), i, text);
                if (parameter.equals("conference.deadline")) {
                    readSessions(i, f);
                }
                deadlineWords.put(parameter, new Object[] {qualifier, clause(i), phrase(p, hit)});
                if (!facts.containsKey("report.recipient") && !parameter.equals("conference.deadline")) {
                    Matcher r = RECIPIENT.matcher(f);
                    String[] cells = p.row() ? p.text().split("\\|") : new String[0];
                    List<String> columns = p.row() ? columns(i) : List.of();
                    for (int c = 0; c < cells.length; c++) {
                        String cell = cells[c];
                        // A cell names the recipient in a column of recipients ("Nơi nhận"), never in one of who acts.
                        String column = c < columns.size() ? columns.get(c) : "";
                        if (column.matches(".*\\b(?:thuc hien|chu tri|phoi hop|trach nhiem)\\b.*")) {
                            continue;
                        }
                        if (DocumentParagraphs.fold(cell).strip().matches("^(?:hoi dong|ban thi dua|so noi vu|uy ban|ubnd)\\b.*")) {
                            put("report.recipient", cell.strip(), i, text);
                            break;
                        }
                    }
                    if (!facts.containsKey("report.recipient") && r.find(from)) {
                        String recipient = p.original(r.start(1), r.end(1)).strip();
                        put("report.recipient", recipient, i, text);
                    }
                }
                if (parameter.equals("results.deadline")) {
                    readResultContents(i, f);
                }
            }
        }
        readReading();
    }

    /** The folded names of the columns of the table a row belongs to: its first row that names "nội dung", or none. */
    private List<String> columns(int row) {
        int i = row;
        while (i - 1 >= 0 && paras.get(i - 1).row()) {
            i--;
        }
        for (int j = i; j <= row; j++) {
            String f = paras.get(j).folded();
            if (f.contains("noi dung")) {
                List<String> out = new ArrayList<>();
                for (String cell : f.split("\\|")) {
                    out.add(cell.strip());
                }
                return out;
            }
        }
        return List.of();
    }

    private void readResultContents(int i, String f) {
        int gom = f.lastIndexOf("gom");
        if (gom < 0) {
            return;
        }
        List<String> contents = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(paras.get(i).original(gom, f.length()));
        String inline = f.substring(gom + 3).strip();
        if (inline.length() > 3) {
            for (String piece : inline.split(";|\\bva\\b|,")) {
                ResultReportItem item = DocumentParagraphs.resultContent(piece);
                if (item != null && !contents.contains(item.name())) {
                    contents.add(item.name());
                }
            }
        }
        for (int j = i + 1; j < paras.size() && "PLUS".equals(paras.get(j).kind()); j++) {
            ResultReportItem item = DocumentParagraphs.resultContent(paras.get(j).folded());
            texts.add(paras.get(j).text());
            if (item != null && !contents.contains(item.name())) {
                contents.add(item.name());
            } else if (item == null) {
                notes.add("a content of the result report the model has no kind for: \"" + paras.get(j).text()
                        + "\" (" + clause(j) + ", " + paras.get(j).where() + ")");
            }
        }
        if (!contents.isEmpty()) {
            put("results.contents", contents, i, String.join("\n", texts));
        }
    }

    /**
     * How "trước ngày D" reads on D: BOUNDARY_IS_WARNING when some deadline is written "trước ngày" (texts read it
     * both ways); INCLUSIVE when every one is written "chậm nhất", "muộn nhất", "hạn chót" or "đến hết" (the day
     * itself is allowed).
     */
    private void readReading() {
        if (deadlineWords.isEmpty()) {
            return;
        }
        boolean before = deadlineWords.values().stream().anyMatch(w -> w[0] == DateQualifier.BEFORE);
        Set<String> clauses = new LinkedHashSet<>();
        String text = null;
        String where = null;
        for (Map.Entry<String, Object[]> e : deadlineWords.entrySet()) {
            Object[] w = e.getValue();
            if (!before || w[0] == DateQualifier.BEFORE) {
                clauses.add((String) w[1]);
                if (text == null) {
                    text = (String) w[2];
                    where = facts.get(e.getKey()).line();
                }
            }
        }
        facts.put("deadline.reading", new Fact("deadline.reading", before ? "BOUNDARY_IS_WARNING" : "INCLUSIVE",
                String.join(", ", clauses), text, where));
    }

    // ---- clauses a check needs no parameter for --------------------------------------------------------------------

    private void readPresences() {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String f = p.folded();
            if (i >= planStart && f.contains("binh xet cong khai")) {
                presence("delegates.vetting", i, sentence(p, f.indexOf("binh xet cong khai")));
            }
            if (i >= planStart && f.matches(".*\\bcan doi giua cac linh vuc\\b.*")) {
                presence("delegates.balance", i, sentence(p, f.indexOf("can doi giua")));
            }
            if (i >= planStart && f.matches(".*\\bpham vi\\b.*") && f.contains("truoc khi sap xep")) {
                presence("scope.pre-merger", i, p.text());
            }
            if (i >= planStart && f.contains("trang trong") && f.contains("tiet kiem")) {
                presence("manner.solemn", i, p.text());
            }
        }
        int h = -1;
        for (int i = planStart; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (p.isHeading() && p.folded().contains("bao cao tham luan")) {
                h = i;
                break;
            }
        }
        if (h >= 0) {
            List<String> texts = new ArrayList<>();
            boolean fields = false;
            for (int i : under(h)) {
                Para p = paras.get(i);
                texts.add(p.text());
                fields |= p.folded().matches(".*\\b(?:dai dien|co cau)\\b.*\\b(?:linh vuc|thanh phan)\\b.*|.*\\bco cau hop ly\\b.*");
            }
            if (fields) {
                presences.put("presentations.fields", new Fact(null, null, clause(h), String.join("\n", texts),
                        paras.get(h).where()));
            }
        }
    }

    private void presence(String check, int index, String text) {
        if (!presences.containsKey(check)) {
            presences.put(check, new Fact(null, null, clause(index), text, paras.get(index).where()));
        }
    }

    /** The sentence of a paragraph holding the folded position. */
    private static String sentence(Para p, int at) {
        String f = p.folded();
        int start = f.lastIndexOf(". ", at);
        start = start < 0 ? 0 : start + 2;
        int end = f.indexOf(". ", at);
        end = end < 0 ? f.length() : end + 1;
        return p.original(start, end).strip();
    }
}
