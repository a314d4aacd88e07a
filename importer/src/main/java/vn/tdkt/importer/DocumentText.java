package vn.tdkt.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.text.VietnameseText;

/**
 * The lines of a document, read with the library of its format, in Unicode NFC, without page numbers and running
 * headers or footers; with its tables and which lines run to the right margin (a PDF's wrapped lines).
 *
 * @param source  the document's name
 * @param lines   its lines, blank ones included (they tell paragraphs apart); dropped lines are left out
 * @param dropped how many lines were dropped as page numbers, running headers or footers
 * @param tables  its tables of data, each row one of the lines
 * @param rows    the lines that are rows of a table: each is a paragraph of its own
 * @param wrapped the lines known, by their position, to run to the right margin: the next line continues them
 */
record DocumentText(String source, List<SourceLine> lines, int dropped, List<Table> tables, Set<SourceLine> rows,
                    Set<SourceLine> wrapped) {
    /** Plans bigger than this are not plans. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** A text longer than this is no plan (the longest plans run to some 60,000 characters). */
    static final int MAX_CHARS = 2_000_000;
    /**
     * A line (a Word paragraph, a table row) longer than this is no plan's: the longest paragraphs of real plans run to
     * some 2,000 characters. The readers look at a line around each of their words, so a line of a whole document would
     * cost time in the square of its length (a line of 1,000,000 characters took 30 s).
     */
    static final int MAX_LINE_CHARS = 20_000;

    private static final Pattern PAGE_NUMBER =
            Patterns.compile("^\\s*(?:[-–—]\\s*)?(?:(?:trang|page)\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*[-–—])?\\s*$");
    private static final Pattern LINE_BREAK = Patterns.compile("\\r\\n|\\r|\\n");
    private static final Pattern RULE = Patterns.compile("^[\\s|:+]*(?:-{3,}|_{3,}|={3,})[\\s|:+\\-_=]*$");

    /** The file's format, by its extension. */
    enum Format {
        TEXT, DOCX, PDF;

        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
                return TEXT;
            }
            if (name.endsWith(".docx")) {
                return DOCX;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            return null;
        }
    }

    /**
     * The bytes of a document file, refused before they are read when its name is no document's, it is no regular
     * file, or it is larger than {@link #MAX_BYTES}.
     */
    static byte[] bytes(java.nio.file.Path file) {
        String source = file.toString();
        if (Format.of(source) == null) {
            throw Refusal.NOT_A_DOCUMENT.exception(source, null);
        }
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw Refusal.NOT_FOUND.exception(source, null);
            }
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                throw Refusal.TOO_LARGE.exception(source, null);
            }
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw Refusal.UNREADABLE.exception(source, e);
        }
    }

    /** Reads a document's bytes by the format its name says. */
    static DocumentText read(byte[] bytes, String source) {
        Format format = Format.of(source);
        if (format == null) {
            throw Refusal.NOT_A_DOCUMENT.exception(source, null);
        }
        if (bytes.length > MAX_BYTES) {
            throw Refusal.TOO_LARGE.exception(source, null);
        }
        try {
            return switch (format) {
                case TEXT -> ofText(decode(bytes, source), source);
                case DOCX -> WordDocument.read(bytes, source);
                case PDF -> PdfDocument.read(bytes, source);
            };
        } catch (IOException e) {
            // The readers refuse what their library cannot read with a reason of their own; this is the rest.
            throw Refusal.UNREADABLE.exception(source, null);
        }
    }

    static DocumentText read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            return read(bytes, source);
        } catch (IOException e) {
            throw Refusal.UNREADABLE.exception(source, e);
        }
    }

    private static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Refusal.NOT_UTF8.exception(source, e);
        }
    }

    /**
     * A UTF-8 text: a line per line; a form feed starts a new page. A web copy's "|" cells are read as the table they
     * were, and its rules ("--------") as blank lines.
     */
    static DocumentText ofText(String text, String source) {
        if (text.length() > MAX_CHARS) {
            throw Refusal.TOO_LARGE.exception(source, null);
        }
        Layout layout = new Layout();
        String[] raw = splitLines(text);
        boolean paged = text.indexOf('\f') >= 0;
        int page = 1;
        List<List<String>> group = new ArrayList<>();
        List<Integer> groupLines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            while (line.indexOf('\f') >= 0) {
                int ff = line.indexOf('\f');
                String before = line.substring(0, ff);
                if (!before.isBlank()) {
                    layout.line(new SourceLine(i + 1, paged ? page : null, clean(before)));
                }
                page++;
                line = line.substring(ff + 1);
            }
            Integer onPage = paged ? page : null;
            boolean rule = isRule(line);
            List<String> cells = line.indexOf('|') >= 0 && !rule ? cells(line) : null;
            if (cells != null && cells.size() >= 2) {
                group.add(cells);
                groupLines.add(i + 1);
                continue;
            }
            if (rule && !group.isEmpty() && i + 1 < raw.length && raw[i + 1].indexOf('|') >= 0) {
                continue; // a rule inside a table: "|---|---|"
            }
            flushCells(layout, group, groupLines, onPage);
            if (rule) {
                layout.line(new SourceLine(i + 1, onPage, ""));
            } else if (cells != null) {
                layout.line(new SourceLine(i + 1, onPage, clean(cells.isEmpty() ? "" : cells.get(0))));
            } else {
                layout.line(new SourceLine(i + 1, onPage, clean(line)));
            }
        }
        flushCells(layout, group, groupLines, paged ? page : null);
        List<SourceLine> lines = layout.lines;
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return tidy(source, layout);
    }

    /** The lines of a text, as {@code LINE_BREAK.split(text, -1)} has them: "\r\n", "\r" and "\n" end a line. */
    static String[] splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(from, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        lines.add(text.substring(from));
        return lines.toArray(new String[0]);
    }

    /** A rule ("--------", "|---|---|"): three dashes, underscores or equal signs at least, and nothing else. */
    private static boolean isRule(String line) {
        return (line.contains("---") || line.contains("___") || line.contains("===")) && RULE.matcher(line).matches();
    }

    /** The cells of a "|" line, without the outer bars; a line of one cell ("| CỘNG HÒA …") is that cell. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static void flushCells(Layout layout, List<List<String>> group, List<Integer> numbers, Integer page) {
        if (group.isEmpty()) {
            return;
        }
        if (Layout.isData(group)) {
            layout.table(new ArrayList<>(group), new ArrayList<>(numbers), page);
        } else {
            sideBySide(layout, group, numbers, page);
        }
        group.clear();
        numbers.clear();
    }

    /** Text laid out in columns: each column's cells in order, the left column first. */
    static void sideBySide(Layout layout, List<List<String>> rows, List<Integer> numbers, Integer page) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (c < row.size() && !row.get(c).isBlank()) {
                    for (String part : LINE_BREAK.split(row.get(c))) {
                        if (!part.isBlank()) {
                            layout.line(new SourceLine(numbers.get(r), page, clean(part)));
                        }
                    }
                }
            }
        }
    }

    /** NFC; no-break and other spaces as plain spaces; control characters out; trailing spaces kept out. */
    static String clean(String line) {
        String nfc = VietnameseText.nfc(line);
        StringBuilder out = null;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            // Between U+00A0 and U+1680 (Latin and its Vietnamese letters) stands no space and no control character.
            boolean plain = c >= 0x20 && c < 0x7f || c > 0xa0 && c < 0x1680 || c >= 0xa0 && !Character.isSpaceChar(c)
                    && c != '\uFEFF' && c != '\u200B' && !Character.isISOControl(c);
            if (plain && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(nfc.length());
                out.append(nfc, 0, i);
            }
            if (plain) {
                out.append(c);
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFEFF' && c != '\u200B') {
                out.append(c);
            }
        }
        return (out == null ? nfc : out.toString()).stripTrailing();
    }

    /** Drops page numbers everywhere, and running headers and footers of paged documents. */
    static DocumentText tidy(String source, Layout layout) {
        List<SourceLine> lines = layout.lines;
        long chars = 0;
        for (SourceLine line : lines) {
            if (line.text().length() > MAX_LINE_CHARS) {
                throw Refusal.LINE_TOO_LONG.exception(source, null);
            }
            chars += line.text().length() + 1;
            if (chars > MAX_CHARS) {
                throw Refusal.TOO_LARGE.exception(source, null);
            }
        }
        Set<SourceLine> drop = new HashSet<>();
        for (SourceLine line : lines) {
            if (!line.isBlank() && !layout.rows.contains(line) && line.text().length() < 24
                    && PAGE_NUMBER.matcher(Folded.plain(line.text()).text()).matches()) {
                drop.add(line);
            }
        }
        // A running header or footer: the same words (numbers aside) among the first or last two lines of at least
        // half of the pages, and of two pages at least.
        Map<Integer, List<SourceLine>> pages = new HashMap<>();
        for (SourceLine line : lines) {
            if (line.page() != null && !line.isBlank() && !drop.contains(line)) {
                pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
            }
        }
        if (pages.size() >= 2) {
            Map<String, Set<Integer>> seen = new HashMap<>();
            Map<String, List<SourceLine>> where = new HashMap<>();
            for (Map.Entry<Integer, List<SourceLine>> page : pages.entrySet()) {
                List<SourceLine> onPage = page.getValue();
                for (int i = 0; i < onPage.size(); i++) {
                    if (i < 2 || i >= onPage.size() - 2) {
                        String key = Folded.plain(onPage.get(i).text()).text().replaceAll("\\d+", "#")
                                .replaceAll("\\s+", " ").strip();
                        seen.computeIfAbsent(key, k -> new HashSet<>()).add(page.getKey());
                        where.computeIfAbsent(key, k -> new ArrayList<>()).add(onPage.get(i));
                    }
                }
            }
            int needed = Math.max(2, (pages.size() + 1) / 2);
            for (Map.Entry<String, Set<Integer>> entry : seen.entrySet()) {
                if (entry.getValue().size() >= needed && entry.getKey().length() >= 3) {
                    drop.addAll(where.get(entry.getKey()));
                }
            }
        }
        List<SourceLine> kept = lines;
        if (!drop.isEmpty()) {
            kept = new ArrayList<>(lines.size());
            for (SourceLine line : lines) {
                if (!drop.contains(line)) {
                    kept.add(line);
                }
            }
        }
        return new DocumentText(source, List.copyOf(kept), drop.size(), List.copyOf(layout.tables),
                Set.copyOf(layout.rows), Set.copyOf(layout.wrapped));
    }
}
