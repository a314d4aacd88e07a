package vn.tdkt.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;

/**
 * The importer's reading of a document for readers of other genres than the plan (a province's guidance): the
 * document's logical paragraphs with their numbering and lines, the folded form they are matched on, and the
 * importer's vocabularies (dates, the guidance's words for programme items, activities, report parts, result
 * contents, the forms of the event and the provinces). Every helper stays where the plan reader has it; this class
 * only opens them.
 */
public final class DocumentParagraphs {
    private DocumentParagraphs() {}

    /**
     * A logical paragraph of a document.
     *
     * @param index     its place among the paragraphs, from 0
     * @param kind      how it is numbered: ROMAN ("II."), NUMBER ("1.", "3.2."), LETTER, DASH, PLUS, NONE
     * @param level     the depth of its numbering (a lower level is a higher heading)
     * @param marker    its numbering or bullet ("II", "3.2", "-"), or null
     * @param text      its lines joined with single spaces, as written
     * @param body      the text without its marker
     * @param folded    the folded form of {@code text} (lower case, no diacritics, đ as d)
     * @param page      the page, or null
     * @param firstLine the document line it starts on
     * @param lastLine  the document line it ends on
     * @param row       whether it is a row of a table (cells joined by " | ")
     * @param folding   the way back from {@code folded} to the words as written, for {@link #original}
     */
    public record Para(int index, String kind, int level, String marker, String text, String body, String folded,
                       Integer page, int firstLine, int lastLine, boolean row, Folding folding) {
        /** "line 43", "lines 162-164", "page 2, line 5". */
        public String where() {
            return new SourceSpan(page, firstLine, lastLine, text).where();
        }

        /**
         * Whether it is numbered as a heading ("II.", "3.2.", "a)"): the paragraphs after it, to the next heading of
         * its level or higher, are under it.
         */
        public boolean isHeading() {
            return "ROMAN".equals(kind) || "NUMBER".equals(kind) || "LETTER".equals(kind);
        }

        /** Whether it is an item of a list ("- …", "+ …"): it belongs to the heading above it. */
        public boolean isBullet() {
            return "DASH".equals(kind) || "PLUS".equals(kind);
        }

        /** The words as written of the folded stretch [from, to) of {@link #folded()}. */
        public String original(int from, int to) {
            return folding.folded.original(from, to);
        }
    }

    /** The way back from a paragraph's folded form to its words. */
    public static final class Folding {
        private final Folded folded;

        private Folding(Folded folded) {
            this.folded = folded;
        }
    }

    /**
     * A date found in a folded text: where, the day, and how the text ties the event to it.
     *
     * @param start     where the date's words start in the folded text
     * @param end       where they end (exclusive)
     * @param date      the day they name
     * @param qualifier "trước ngày" (before), "chậm nhất" (at the latest) or on the day
     */
    public record DateHit(int start, int end, LocalDate date, DateQualifier qualifier) {
    }

    /**
     * A province: "thành phố" or "tỉnh", and its name as written with its diacritics.
     *
     * @param kind "thành phố" for a centrally-run city, "tỉnh" for a province
     * @param name the name with its diacritics ("Quảng Ninh"), restored from the folded one
     */
    public record Province(String kind, String name) {
    }

    /**
     * The paragraphs of a document (.txt, .docx or .pdf, by its name).
     *
     * @throws ImportException when the file cannot be read (missing, too large, not UTF-8, not a document, …)
     */
    public static List<Para> read(Path file) {
        return read(DocumentText.bytes(file), file.toString());
    }

    /** The paragraphs of a document's bytes; the name says the format. */
    public static List<Para> read(byte[] bytes, String fileName) {
        DocumentText text = DocumentText.read(bytes, fileName);
        if (text.lines().stream().allMatch(SourceLine::isBlank)) {
            throw Refusal.NO_TEXT.exception(text.source(), null);
        }
        return Folded.within(text.lines(), () -> {
            List<Para> out = new ArrayList<>();
            for (Paragraph p : Paragraphs.of(text)) {
                SourceLine first = p.lines.get(0);
                SourceLine last = p.lines.get(p.lines.size() - 1);
                out.add(new Para(p.index, p.kind.name(), p.level, p.marker, p.text, p.body, p.folded.text(),
                        first.page(), first.number(), last.number(), text.rows().contains(first),
                        new Folding(p.folded)));
            }
            return List.copyOf(out);
        });
    }

    /** The folded form of a text, as paragraphs are matched (lower case, no diacritics, đ as d). */
    public static String fold(String text) {
        return Folded.of(text).text();
    }

    /** The dates of a folded text in order; a date without its year takes {@code year} (none read when null). */
    public static List<DateHit> dates(String folded, Integer year) {
        List<DateHit> hits = new ArrayList<>();
        for (Dates.Hit hit : Dates.find(folded, year)) {
            hits.add(new DateHit(hit.start(), hit.end(), hit.date(), hit.qualifier()));
        }
        return hits;
    }

    /** The kind of programme item a folded text names in the guidance's words, or null. */
    public static ProgramItemKind programmeItem(String folded) {
        return Kinds.classify(Kinds.PROGRAMME, folded);
    }

    /** The kind of activity a folded text names, or null. */
    public static ActivityKind activity(String folded) {
        return Kinds.classify(Kinds.ACTIVITIES, folded);
    }

    /** The part of the summary report a folded text names, or null. */
    public static ReportPart reportPart(String folded) {
        return Kinds.classify(Kinds.REPORT_PARTS, folded);
    }

    /** The content of the result report a folded text names, or null. */
    public static ResultReportItem resultContent(String folded) {
        return Kinds.classify(Kinds.RESULT_CONTENTS, folded);
    }

    /** The form of the event a folded text starts with, as the guidance writes it, or null. */
    public static String formAt(String folded) {
        return Vocabulary.formAt(folded);
    }

    /** The province of a folded name ("quang ninh"), or null. */
    public static Province province(String foldedName) {
        Vocabulary.Province p = Vocabulary.province(foldedName);
        return p == null ? null : new Province(p.kind(), p.name());
    }

    /** The groups of delegates a folded clause names (after "chú trọng lựa chọn"), in the guidance's order. */
    public static List<vn.tdkt.model.PriorityGroup> priorityGroups(String foldedClause) {
        return DelegationReader.groupsIn(foldedClause);
    }

    /** The clause that starts at {@code from}: up to the first parenthesis, semicolon or full stop. */
    public static String clauseFrom(String text, int from) {
        return DelegationReader.clauseFrom(text, from);
    }
}
