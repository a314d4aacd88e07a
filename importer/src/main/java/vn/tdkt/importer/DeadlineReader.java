package vn.tdkt.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.ResultReportItem;

/**
 * The dated steps after the preamble (result report, approval of the list, nominations, the plan's submission, the
 * conference itself), each with its recipient in the plan's words; and what the report of results holds.
 */
final class DeadlineReader {
    private static final Pattern SENTENCE_END = Patterns.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\-+])");
    private static final Pattern CONTENTS_INLINE = Patterns.compile("\\bgom(?: co)?\\s*:?\\s*(\\S.*)$");
    private static final List<Pattern> RECIPIENT = List.of(
            Patterns.compile("\\bgui(?:\\s+ve)?\\s+(.+)$"),
            Patterns.compile("\\b(?:gui|nop)\\b.{0,80}?\\bve\\s+(.+)$"),
            Patterns.compile("\\bket qua\\b.{0,40}?\\bve\\s+(.+)$"),
            Patterns.compile("\\bbao cao(?:\\s+ke hoach)?(?:\\s+ve)?\\s+(.+?)\\s+ket qua\\b"),
            Patterns.compile("\\bbao cao(?:\\s+ke hoach)?(?:\\s+ve)?\\s+(.+)$"),
            Patterns.compile("\\btrinh\\s+(.+?)\\s+(?:phe duyet|xem xet|xet duyet)\\b"));

    private final ReadingContext context;
    private final Header header;

    private final java.util.Map<String, List<Dates.Hit>> datesOf = new java.util.HashMap<>();

    DeadlineReader(ReadingContext context, Header header) {
        this.context = context;
        this.header = header;
    }

    private record Step(DeadlineKind kind, LocalDate date, DateQualifier qualifier, String recipient, String text,
                        List<Paragraph> sources) {
    }

    /** What the reader found: the steps in date order, and the result report's contents. */
    record Steps(List<Deadline> deadlines, List<ResultReportItem> resultContents) {
    }

    Steps read() {
        List<Paragraph> paragraphs = context.paragraphs;
        List<Step> steps = new ArrayList<>();
        Paragraph resultParagraph = null;
        Step undatedResult = null;
        for (int i = context.preambleEnd; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (context.claimed(p) || header.isPlaceDateLine(p)) {
                continue;
            }
            for (String sentence : clauses(p.body)) {
                Folded folded = Folded.of(sentence);
                String f = folded.text();
                List<Dates.Hit> hits = dates(f);
                // Only a dated step, or the report of results (kept undated when the plan dates none), is a step.
                if (hits.isEmpty() && !f.contains("ket qua")) {
                    continue;
                }
                DeadlineKind kind = kind(f);
                if (kind == null) {
                    continue;
                }
                if (hits.isEmpty()) {
                    if (kind == DeadlineKind.RESULT_REPORT && undatedResult == null) {
                        undatedResult = new Step(kind, null, null, recipient(folded, f.length()), text(sentence),
                                List.of(p));
                    }
                    continue;
                }
                String clause = ownClause(sentence, hits.get(0).start());
                if (!clause.equals(sentence)) {
                    sentence = clause;
                    folded = Folded.of(sentence);
                    f = folded.text();
                    hits = dates(f);
                }
                Dates.Hit hit = hits.get(0);
                String recipient = recipient(folded, hit.start());
                if (recipient == null) {
                    recipient = recipientAfter(folded, hit.end());
                }
                Step same = steps.stream().filter(s -> s.kind() == kind && s.date().equals(hit.date())).findFirst()
                        .orElse(null);
                if (same != null) {
                    if (!same.sources().contains(p)) {
                        same.sources().add(p);
                    }
                } else {
                    steps.add(new Step(kind, hit.date(), hit.qualifier(), recipient, text(sentence),
                            new ArrayList<>(List.of(p))));
                }
                if (kind == DeadlineKind.RESULT_REPORT && resultParagraph == null) {
                    resultParagraph = p;
                }
            }
        }
        if (undatedResult != null && steps.stream().noneMatch(s -> s.kind() == DeadlineKind.RESULT_REPORT)) {
            steps.add(undatedResult);
            resultParagraph = undatedResult.sources().get(0);
        }
        // The steps in the order the plan gives them. A step named twice stands where it is named last: a timetable
        // closing the plan restates the steps in the order they happen.
        steps.sort(java.util.Comparator.comparingInt(
                (Step s) -> s.sources().stream().mapToInt(p -> p.index).max().orElse(0)));
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            deadlines.add(new Deadline(s.kind(), s.date(), s.qualifier(), s.recipient(), s.text()));
            context.source("/deadlines/" + i, Paragraph.span(s.sources()));
            if (s.date() != null) {
                context.source("/deadlines/" + i + "/date", Paragraph.span(s.sources()));
            }
        }
        return new Steps(deadlines.isEmpty() ? null : deadlines, resultContents(resultParagraph));
    }

    /**
     * The sentences of a paragraph; a sentence holding two dated steps ("gửi đề xuất trước 19/8; họp xét duyệt ngày
     * 21/8") is read clause by clause.
     */
    private List<String> clauses(String body) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences(body)) {
            if (dates(Folded.of(sentence).text()).size() < 2) {
                out.add(sentence);
                continue;
            }
            List<String> clauses = datedClauses(sentence);
            if (clauses.size() >= 2) {
                out.addAll(clauses);
            } else {
                out.add(sentence);
            }
        }
        return out;
    }

    /** The sentences of a text: split where ".", "!" or "?" and a space end one (a text without them is one). */
    private static String[] sentences(String body) {
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            char next = body.charAt(i + 1);
            if ((c == '.' || c == '!' || c == '?') && (next == ' ' || next >= '\t' && next <= '\r')) {
                return SENTENCE_END.split(body);
            }
        }
        return new String[] {body};
    }

    /** The dates of a folded sentence, found once however often the reader asks (its year is the plan's). */
    private List<Dates.Hit> dates(String folded) {
        List<Dates.Hit> hits = datesOf.get(folded);
        if (hits == null) {
            hits = Dates.find(folded, header.year());
            datesOf.put(folded, hits);
        }
        return hits;
    }

    /**
     * A sentence cut after each date, at the next ";" or ","; the clauses that name a step with its date. One clause
     * when the sentence holds one dated step.
     */
    private List<String> datedClauses(String sentence) {
        List<String> clauses = new ArrayList<>();
        int from = 0;
        String folded = Folded.plain(sentence).text();
        if (folded.length() != sentence.length()) {
            return List.of(sentence);
        }
        for (Dates.Hit hit : Dates.find(folded, header.year())) {
            if (hit.end() < from) {
                continue;
            }
            int cut = sentence.length();
            for (int i = hit.end(); i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                if (c == ';' || c == ',' || folded.startsWith(" va ", i)) {
                    cut = i;
                    break;
                }
            }
            String clause = sentence.substring(from, cut);
            // The clause starts after the last ";" before its date.
            int semicolon = clause.lastIndexOf(';', Math.max(0, hit.start() - from));
            clause = (semicolon >= 0 ? clause.substring(semicolon + 1) : clause).strip();
            if (kind(Folded.of(clause).text()) != null) {
                clauses.add(clause);
            }
            from = Math.min(sentence.length(), cut + 1);
        }
        return clauses;
    }

    /**
     * The clause of a sentence that holds its step: after the last ";" before the date, when what follows the ";"
     * still names the step ("Công chức … tham mưu tổ chức Hội nghị; tổng hợp đề nghị khen thưởng … trước ngày …").
     */
    private static String ownClause(String sentence, int dateAt) {
        String folded = Folded.plain(sentence).text();
        if (folded.length() != sentence.length()) {
            return sentence;
        }
        int semicolon = sentence.lastIndexOf(';', dateAt);
        if (semicolon < 0) {
            return sentence;
        }
        String clause = sentence.substring(semicolon + 1).strip();
        return kind(Folded.of(clause).text()) != null ? clause : sentence;
    }

    /**
     * The step a clause names. Nominations and the approval of the list share their words ("gửi danh sách đề xuất …
     * để xét duyệt", "họp xét duyệt danh sách … đề xuất"): the one named first is the clause's verb.
     */
    private static DeadlineKind kind(String folded) {
        DeadlineKind kind = Kinds.classify(Kinds.STEPS, folded);
        if (kind == DeadlineKind.EXEMPLAR_LIST_APPROVAL) {
            Matcher nominations = Kinds.STEPS.get(DeadlineKind.NOMINATIONS).matcher(folded);
            Matcher approval = Kinds.STEPS.get(DeadlineKind.EXEMPLAR_LIST_APPROVAL).matcher(folded);
            if (nominations.find() && approval.find() && nominations.start() < approval.start()) {
                return DeadlineKind.NOMINATIONS;
            }
        }
        return kind;
    }

    private static String text(String sentence) {
        String[] marker = Paragraph.marker(sentence);
        return marker[0] == null ? sentence.strip() : sentence.substring(marker[2].length()).strip();
    }

    /** To whom the step goes, from the words before the date ("gửi UBND xã, qua Phòng ... trước ngày"). */
    private static String recipient(Folded folded, int before) {
        String f = folded.text().substring(0, before)
                .replaceAll("[\\s,]*(?:truoc ngay|cham nhat(?: ngay)?|ngay|truoc)?\\s*$", "");
        int offset = f.lastIndexOf(';') + 1;
        return recipientIn(folded, offset, f.length());
    }

    /** To whom, from the words after the date, as timetables write it ("Trước ngày 30/8, báo cáo kết quả về Ban ..."). */
    private static String recipientAfter(Folded folded, int after) {
        String f = folded.text();
        int end = f.indexOf('.', after);
        return recipientIn(folded, after, end < 0 ? f.length() : end);
    }

    private static String recipientIn(Folded folded, int from, int to) {
        String part = folded.text().substring(from, to);
        for (Pattern pattern : RECIPIENT) {
            Matcher m = pattern.matcher(part);
            if (m.find()) {
                String words = folded.original(from + m.start(1), from + m.end(1)).strip().replaceAll("[\\s,.;:]+$", "");
                if (!words.isEmpty() && Character.isUpperCase(words.charAt(0))) {
                    return words;
                }
            }
        }
        return null;
    }

    /** The "+" or "-" items after a result-report sentence ending "gồm:", or its words after "gồm" on the line. */
    private List<ResultReportItem> resultContents(Paragraph result) {
        if (result == null) {
            return null;
        }
        List<Paragraph> paragraphs = context.paragraphs;
        Set<ResultReportItem> items = new LinkedHashSet<>();
        if (result.folded.text().matches("(?s).*\\bgom\\s*:?\\s*$")) {
            List<Paragraph> sources = new ArrayList<>();
            for (int j = result.index + 1; j < paragraphs.size() && paragraphs.get(j).isBullet(); j++) {
                ResultReportItem item = Kinds.classify(Kinds.RESULT_CONTENTS, paragraphs.get(j).foldedBody.text());
                if (item == null) {
                    break;
                }
                items.add(item);
                sources.add(paragraphs.get(j));
            }
            if (!items.isEmpty()) {
                context.source("/resultReportContents", Paragraph.span(sources));
            }
        } else {
            Matcher m = CONTENTS_INLINE.matcher(result.folded.text());
            if (m.find()) {
                for (String part : m.group(1).split("[,;]|\\bva\\b|\\(\\d\\)|\\b\\d\\)")) {
                    ResultReportItem item = Kinds.classify(Kinds.RESULT_CONTENTS, part);
                    if (item != null) {
                        items.add(item);
                    }
                }
                if (!items.isEmpty()) {
                    context.source("/resultReportContents", result.span());
                }
            }
        }
        return items.isEmpty() ? null : List.copyOf(items);
    }
}
