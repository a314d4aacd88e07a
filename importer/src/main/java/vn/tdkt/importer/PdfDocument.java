package vn.tdkt.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF with a text layer (read with PDFBox), by the positions of its text. Each line is split into cells where a
 * gap wider than a word space separates its text; lines of two cells and more are tables: the header's two columns
 * read column by column, a table of data row by row (a row's wrapped cells joined). A line that runs to the right
 * margin is wrapped (the next line continues it, whatever its first letter), and a vertical gap wider than the page's
 * usual line spacing reads as a blank line, as in a text file.
 */
final class PdfDocument {
    /** A gap between two runs of text wider than this share of the font size starts a new cell. */
    private static final float CELL_GAP = 0.45f;
    /** A table's total row ("Tổng cộng"): a row of its own, whatever its first cell. */
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("^(?:tong(?: cong| so)?|cong)\\s*:?$");

    /** A PDF of more pages than this is no plan (the longest run to some 30): refused before its pages are read. */
    static final int MAX_PAGES = 500;

    private PdfDocument() {}

    /** A run of text without a gap, and where it starts and ends. */
    record Chunk(float x0, float x1, String text) {
    }

    /** A line of a page: its baseline, font size and runs of text, left to right. */
    record Line(float y, float size, List<Chunk> chunks) {
        float x0() {
            return chunks.get(0).x0();
        }

        float x1() {
            return chunks.get(chunks.size() - 1).x1();
        }
    }

    static DocumentText read(byte[] bytes, String source) throws IOException {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw Refusal.NOT_PDF.exception(source, null);
        }
        Layout layout = new Layout();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw Refusal.ENCRYPTED.exception(source, null);
            }
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw Refusal.TOO_MANY_PAGES.exception(source, null);
            }
            checkFontMaps(document, source);
            Positions stripper = new Positions();
            for (int p = 1; p <= pages; p++) {
                page(stripper.page(document, p), p, layout);
            }
        } catch (InvalidPasswordException e) {
            throw Refusal.ENCRYPTED.exception(source, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox's own words name its classes and objects: the reason given is the document's, not theirs.
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw Refusal.DAMAGED_PDF.exception(source, e);
        }
        if (layout.lines.stream().allMatch(SourceLine::isBlank)) {
            throw Refusal.NO_TEXT_LAYER.exception(source, null);
        }
        return DocumentText.tidy(source, layout);
    }

    /** A font's map to Unicode larger than this is no font's (a whole 2-byte code space is 65,536 codes). */
    private static final long MAX_FONT_MAP_CODES = 1 << 20;
    private static final java.util.regex.Pattern RANGE_BLOCK =
            java.util.regex.Pattern.compile("begin(?:bf|cid)range(.*?)end(?:bf|cid)range", java.util.regex.Pattern.DOTALL);
    /** A CMap's tokens in a range: a hex string, an array, a number. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("<[^<>]*>|\\[[^\\]]*\\]|\\d+");

    /**
     * Refuses a PDF whose fonts map more codes to Unicode than any font has: PDFBox builds the map a code at a time,
     * and a range whose end a damaged byte has run into the next number ("<068A> <06803091EA0>") spans billions of
     * codes, which took 20 to 35 s of one page (found by the fuzz). The ranges are read here first, as PDFBox reads
     * them: a start and an end of the same length, the end not before the start.
     */
    private static void checkFontMaps(PDDocument document, String source) throws IOException {
        java.util.Set<org.apache.pdfbox.cos.COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            org.apache.pdfbox.cos.COSDictionary fonts = resources == null ? null
                    : resources.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT);
            if (fonts == null) {
                continue;
            }
            for (org.apache.pdfbox.cos.COSName name : fonts.keySet()) {
                org.apache.pdfbox.cos.COSDictionary font = fonts.getCOSDictionary(name);
                if (font == null) {
                    continue;
                }
                for (org.apache.pdfbox.cos.COSName key : new org.apache.pdfbox.cos.COSName[] {
                    org.apache.pdfbox.cos.COSName.TO_UNICODE, org.apache.pdfbox.cos.COSName.ENCODING}) {
                    org.apache.pdfbox.cos.COSStream map = font.getCOSStream(key);
                    if (map != null && seen.add(map) && codes(map) > MAX_FONT_MAP_CODES) {
                        throw Refusal.DAMAGED_PDF.exception(source, null);
                    }
                }
            }
        }
    }

    /** How many codes a font map's ranges span; more than the limit when it is too long to read. */
    private static long codes(org.apache.pdfbox.cos.COSStream map) throws IOException {
        byte[] bytes;
        try (java.io.InputStream in = map.createInputStream()) {
            bytes = in.readNBytes(1024 * 1024 + 1);
        }
        if (bytes.length > 1024 * 1024) {
            return Long.MAX_VALUE;
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        long codes = 0;
        java.util.regex.Matcher block = RANGE_BLOCK.matcher(text);
        while (block.find()) {
            // Triples: a start and an end (hex strings), then the destination (a hex string, an array, a number).
            java.util.regex.Matcher token = TOKEN.matcher(block.group(1));
            List<String> triple = new ArrayList<>();
            while (token.find()) {
                triple.add(token.group());
                if (triple.size() < 3) {
                    continue;
                }
                String start = triple.get(0);
                String end = triple.get(1);
                triple.clear();
                if (!start.startsWith("<") || !end.startsWith("<")) {
                    return Long.MAX_VALUE;
                }
                start = start.substring(1, start.length() - 1).replaceAll("\\s", "");
                end = end.substring(1, end.length() - 1).replaceAll("\\s", "");
                if (start.length() != end.length() || start.length() > 8 || !start.matches("[0-9A-Fa-f]*")
                        || !end.matches("[0-9A-Fa-f]*")) {
                    return Long.MAX_VALUE;
                }
                if (start.isEmpty()) {
                    continue;
                }
                codes += Math.max(Long.parseLong(end, 16) - Long.parseLong(start, 16) + 1, 1);
                if (codes > MAX_FONT_MAP_CODES) {
                    return codes;
                }
            }
        }
        return codes;
    }

    /** The lines of a page, its tables and wrapped lines, into the layout. */
    private static void page(List<Line> lines, int page, Layout layout) {
        if (lines.isEmpty()) {
            return;
        }
        float spacing = usualSpacing(lines);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line line : lines) {
            if (cells(line).size() == 1) {
                left = Math.min(left, line.x0());
                right = Math.max(right, line.x1());
            }
        }
        float margin = Math.max(40, 0.15f * (right - left));
        int number = 0;
        int i = 0;
        Line previous = null;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (previous != null && spacing > 0 && line.y() - previous.y() > 1.5f * spacing) {
                layout.line(new SourceLine(++number, page, ""));
            }
            if (cells(line).size() >= 2) {
                // A table: this line and the lines after it that have cells, or text in one of its columns.
                List<Line> group = new ArrayList<>();
                List<Float> columns = new ArrayList<>();
                int j = i;
                while (j < lines.size()) {
                    Line candidate = lines.get(j);
                    List<Chunk> cells = cells(candidate);
                    if (cells.size() >= 2) {
                        for (Chunk cell : cells) {
                            addColumn(columns, cell.x0());
                        }
                    } else if (!(group.size() > 0 && column(columns, candidate.x0()) > 0
                            && candidate.y() - group.get(group.size() - 1).y() <= 1.5f * Math.max(spacing, 1))) {
                        break;
                    }
                    group.add(candidate);
                    j++;
                }
                number = table(group, columns, page, number, layout);
                previous = group.get(group.size() - 1);
                i = j;
                continue;
            }
            SourceLine source = new SourceLine(++number, page, DocumentText.clean(text(cells(line))));
            layout.line(source);
            if (right - left > 100 && line.x1() >= right - margin) {
                layout.wrapped.add(source);
            }
            previous = line;
            i++;
        }
    }

    private static int table(List<Line> group, List<Float> columns, int page, int number, Layout layout) {
        columns.sort(Float::compare);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> byLine = new ArrayList<>();
        for (Line line : group) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add("");
            }
            for (Chunk cell : cells(line)) {
                int c = Math.max(0, column(columns, cell.x0()));
                cells.set(c, cells.get(c).isEmpty() ? cell.text() : cells.get(c) + " " + cell.text());
            }
            byLine.add(cells);
        }
        if (columns.size() == 2 && !Layout.hasLabels(byLine)) {
            List<Integer> lineNumbers = new ArrayList<>();
            for (int k = 0; k < byLine.size(); k++) {
                lineNumbers.add(number + 1 + k);
            }
            DocumentText.sideBySide(layout, byLine, lineNumbers, page);
            return number + byLine.size();
        }
        // A row starts where its first column has text, or, in a table whose first column is empty on some of its
        // lines, where most columns have text; the other lines continue the cells above them.
        for (int k = 0; k < byLine.size(); k++) {
            List<String> cells = byLine.get(k);
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            boolean total = cells.stream().anyMatch(c -> TOTAL.matcher(Folded.key(c)).matches());
            boolean starts = rows.isEmpty() || total || !cells.get(0).isEmpty() && (filled >= 2 || startsUpper(cells.get(0)));
            if (starts) {
                rows.add(new ArrayList<>(cells));
                numbers.add(number + 1 + k);
            } else {
                List<String> row = rows.get(rows.size() - 1);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.set(c, row.get(c).isEmpty() ? cells.get(c) : row.get(c) + " " + cells.get(c));
                    }
                }
            }
        }
        layout.table(rows, numbers, page);
        return number + byLine.size();
    }

    private static boolean startsUpper(String text) {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    /** The column a cell starting at x belongs to: the last column starting at or before it (3 points of play). */
    private static int column(List<Float> columns, float x) {
        int found = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) <= x + 3) {
                found = c;
            }
        }
        return found;
    }

    private static void addColumn(List<Float> columns, float x) {
        for (float column : columns) {
            if (Math.abs(column - x) <= 3) {
                return;
            }
        }
        columns.add(x);
        columns.sort(Float::compare);
    }

    /** The line's runs joined into cells: a gap wider than a word space starts a new cell. */
    static List<Chunk> cells(Line line) {
        List<Chunk> cells = new ArrayList<>();
        Chunk current = null;
        for (Chunk chunk : line.chunks()) {
            if (current == null) {
                current = chunk;
                continue;
            }
            float gap = chunk.x0() - current.x1();
            if (gap > CELL_GAP * line.size()) {
                cells.add(current);
                current = chunk;
            } else {
                String joiner = gap > 0.1f * line.size() || current.text().endsWith(" ") ? " " : "";
                current = new Chunk(current.x0(), chunk.x1(), (current.text() + joiner + chunk.text()).replaceAll("\\s+", " "));
            }
        }
        if (current != null) {
            cells.add(current);
        }
        return cells;
    }

    private static String text(List<Chunk> cells) {
        StringBuilder out = new StringBuilder();
        for (Chunk cell : cells) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(cell.text().strip());
        }
        return out.toString();
    }

    /** The most frequent distance between two lines' baselines on a page. */
    private static float usualSpacing(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int gap = Math.round(lines.get(i).y() - lines.get(i - 1).y());
            if (gap > 0) {
                counts.merge(gap, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey((a, b) -> b - a))).map(Map.Entry::getKey).orElse(0);
    }

    /** PDFBox's text stripper, keeping each run of text with its position instead of writing it out. */
    private static final class Positions extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private List<Chunk> chunks = new ArrayList<>();
        private float y;
        private float size;

        Positions() {
            setSortByPosition(true);
            setLineSeparator("\n");
        }

        List<Line> page(PDDocument document, int page) throws IOException {
            lines.clear();
            chunks = new ArrayList<>();
            setStartPage(page);
            setEndPage(page);
            writeText(document, new StringWriter());
            flush();
            return List.copyOf(lines);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            chunks.add(new Chunk(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), text));
            y = first.getYDirAdj();
            float fontSize = first.getFontSizeInPt();
            size = fontSize > 1 ? fontSize : Math.max(first.getHeightDir(), 1);
        }

        @Override
        protected void writeWordSeparator() {
            // The runs keep their positions; cells() decides what separates them.
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            if (!chunks.isEmpty()) {
                lines.add(new Line(y, size, List.copyOf(chunks)));
                chunks = new ArrayList<>();
            }
        }
    }
}
