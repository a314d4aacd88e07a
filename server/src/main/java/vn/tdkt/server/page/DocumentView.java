package vn.tdkt.server.page;

import vn.tdkt.json.JsonPlaces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.Severity;
import vn.tdkt.importer.DocumentParagraphs;
import vn.tdkt.importer.SourceSpan;
import vn.tdkt.server.Checks;
import vn.tdkt.server.Lang;

/**
 * The uploaded document as the page shows it, line by line, and the lines each finding is about: a text or a JSON plan
 * line for line as written; a Word document or a PDF paragraph by paragraph as the importer numbers its lines (a
 * paragraph of a PDF on its page). Each line has an anchor ({@code line-43}; {@code page-2-line-5} in a PDF), so that
 * a finding links to its line and the line, highlighted by the worst finding about it, links back to its findings.
 * The lines of a finding are those the importer read its fact from ({@code ImportedPlan.provenance()}), or those of
 * the field in a JSON plan; a fact no line states has none, and the page says "not stated".
 */
public final class DocumentView {

    /**
     * A line (or a paragraph) of the document.
     *
     * @param id       its anchor
     * @param number   its number as shown ("43", "162–164")
     * @param page     the page it starts a new page of ("2"), or null
     * @param text     its words
     * @param alsoIds  the anchors of the other lines of a paragraph
     * @param severity the worst finding about it ("violation", "warning", "advice"), or null
     * @param refs     the findings about it
     */
    public record Line(String id, String number, String page, String text, List<String> alsoIds, String severity,
                       List<Ref> refs) {
    }

    /** A link from a line back to a finding. */
    public record Ref(String findingId, String ruleId) {
    }

    /** A link from a finding to a line: its anchor and its words ("dòng 43", "trang 2, dòng 5"). */
    public record Anchor(String id, String label) {
    }

    private final Lang lang;
    private final boolean paged;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> rowOfId = new HashMap<>();
    private final Map<String, SourceSpan> provenance;
    private final Map<String, JsonPlaces.Place> jsonLines;
    private final boolean available;

    private static final class Row {
        final String id;
        final String number;
        final String page;
        final String text;
        final List<String> alsoIds;
        Severity worst;
        final Set<Ref> refs = new LinkedHashSet<>();

        Row(String id, String number, String page, String text, List<String> alsoIds) {
            this.id = id;
            this.number = number;
            this.page = page;
            this.text = text;
            this.alsoIds = alsoIds;
        }
    }

    private DocumentView(Checks.Checked checked, Lang lang) {
        this.lang = lang;
        String name = checked.name().toLowerCase(Locale.ROOT);
        this.paged = name.endsWith(".pdf");
        this.provenance = checked.imported() == null ? Map.of() : checked.imported().provenance();
        boolean json = checked.imported() == null;
        boolean ok = true;
        if (json || !(name.endsWith(".docx") || paged)) {
            String text = new String(checked.bytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            this.jsonLines = json ? JsonPlaces.of(new java.io.StringReader(text)) : Map.of();
            String[] lines = text.split("\r\n|\r|\n", -1);
            int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
            for (int i = 0; i < count; i++) {
                add(new Row(id(null, i + 1), Integer.toString(i + 1), null, lines[i].replace("\f", ""), List.of()));
            }
        } else {
            this.jsonLines = Map.of();
            List<DocumentParagraphs.Para> paragraphs;
            try {
                paragraphs = DocumentParagraphs.read(checked.bytes(), checked.name());
            } catch (RuntimeException e) { // ImportException among them
                paragraphs = List.of(); // it was imported; the page then shows the findings without the lines
                ok = false;
            }
            Integer page = null;
            for (DocumentParagraphs.Para p : paragraphs) {
                Integer onPage = paged ? p.page() : null;
                String pageLabel = onPage != null && !onPage.equals(page) ? onPage.toString() : null;
                page = onPage;
                List<String> also = new ArrayList<>();
                for (int n = p.firstLine() + 1; n <= p.lastLine(); n++) {
                    also.add(id(onPage, n));
                }
                String number = p.firstLine() == p.lastLine() ? Integer.toString(p.firstLine())
                        : p.firstLine() + "–" + p.lastLine();
                add(new Row(id(onPage, p.firstLine()), number, pageLabel, p.text(), List.copyOf(also)));
            }
        }
        this.available = ok && !rows.isEmpty();
    }

    /** The document of a checked upload. */
    public static DocumentView of(Checks.Checked checked, Lang lang) {
        return new DocumentView(checked, lang);
    }

    private void add(Row row) {
        rowOfId.put(row.id, rows.size());
        for (String also : row.alsoIds) {
            rowOfId.putIfAbsent(also, rows.size());
        }
        rows.add(row);
    }

    private String id(Integer page, int line) {
        return paged && page != null ? "page-" + page + "-line-" + line : "line-" + line;
    }

    /** Whether the document's lines can be shown. */
    public boolean available() {
        return available;
    }

    /**
     * The lines a finding is about, each as a link; the lines are marked with the finding. Empty when no line states
     * the fact.
     */
    public List<Anchor> anchor(Finding finding, String findingId) {
        List<Anchor> anchors = new ArrayList<>();
        String pointer = finding.pointer();
        if (pointer == null) {
            return anchors;
        }
        for (int[] span : spans(pointer)) {
            Integer page = span[0] < 0 ? null : span[0];
            Integer row = null;
            for (int line = span[1]; line <= span[2]; line++) {
                Integer r = rowOfId.get(id(page, line));
                if (r != null) {
                    mark(rows.get(r), finding, row == null ? findingId : null); // the way back from the span's first line
                    row = row == null ? r : row;
                }
            }
            if (row != null) {
                anchors.add(new Anchor(rows.get(row).id, label(page, span[1], span[2])));
            }
        }
        return anchors;
    }

    /** The spans (page or -1, first line, last line) of the fact at a pointer, or of the facts under it. */
    private List<int[]> spans(String pointer) {
        List<int[]> spans = new ArrayList<>();
        if (!jsonLines.isEmpty()) {
            JsonPlaces.Place range = jsonLines.get(pointer);
            if (range != null) {
                spans.add(new int[] {-1, range.line(), range.lastLine()});
            }
            return spans;
        }
        SourceSpan exact = provenance.get(pointer);
        if (exact != null) {
            spans.add(span(exact));
            return spans;
        }
        Set<String> seen = new LinkedHashSet<>();
        provenance.forEach((key, value) -> {
            if (key.startsWith(pointer + "/") && seen.add(value.page() + ":" + value.firstLine())) {
                spans.add(span(value));
            }
        });
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return spans;
    }

    private int[] span(SourceSpan s) {
        return new int[] {paged && s.page() != null ? s.page() : -1, s.firstLine(), s.lastLine()};
    }

    private static void mark(Row row, Finding finding, String findingId) {
        if (row.worst == null || finding.severity().compareTo(row.worst) < 0) {
            row.worst = finding.severity();
        }
        if (findingId != null) {
            row.refs.add(new Ref(findingId, finding.ruleId()));
        }
    }

    private String label(Integer page, int first, int last) {
        String lines = (first == last ? lang.pick("dòng ", "line ") + first
                : lang.pick("dòng ", "lines ") + first + "–" + last);
        return page == null ? lines : lang.pick("trang ", "page ") + page + ", " + lines;
    }

    /** The lines, in order, each with its findings (after {@link #anchor} was called for every finding). */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(rows.size());
        for (Row r : rows) {
            lines.add(new Line(r.id, r.number, r.page, r.text, r.alsoIds,
                    r.worst == null ? null : r.worst.name().toLowerCase(Locale.ROOT), List.copyOf(r.refs)));
        }
        return lines;
    }
}
