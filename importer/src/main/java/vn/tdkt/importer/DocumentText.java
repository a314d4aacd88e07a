package vn.tdkt.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The lines of a document, read with the library of its format, in Unicode NFC, without page numbers and running
 * headers or footers.
 *
 * @param source  the document's name
 * @param lines   its lines, blank ones included (they tell paragraphs apart); dropped lines are left out
 * @param dropped how many lines were dropped as page numbers, running headers or footers
 */
record DocumentText(String source, List<SourceLine> lines, int dropped) {
    /** Plans bigger than this are not plans. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^\\s*(?:[-–—]\\s*)?(?:(?:trang|page)\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*[-–—])?\\s*$");

    /** The file's format, by its extension. */
    enum Format {
        TEXT, DOCX, PDF;

        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
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

    static DocumentText read(Path file) {
        String source = file.toString();
        Format format = Format.of(file);
        if (format == null) {
            throw new ImportException(source, "not a plan document: the importer reads .txt (UTF-8), .docx and .pdf");
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(source, "no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(source, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return switch (format) {
                case TEXT -> ofText(decode(Files.readAllBytes(file), source), source);
                case DOCX -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        yield ofDocx(in, source);
                    }
                }
                case PDF -> ofPdf(Files.readAllBytes(file), source);
            };
        } catch (IOException e) {
            throw new ImportException(source, "cannot read: " + e.getMessage(), e);
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
            throw new ImportException(source, "not UTF-8 text; save the plan as UTF-8 (or as .docx or .pdf)", e);
        }
    }

    /** A UTF-8 text: a line per line; a form feed starts a new page. */
    static DocumentText ofText(String text, String source) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        boolean paged = text.indexOf('\f') >= 0;
        int page = 1;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            while (line.indexOf('\f') >= 0) {
                int ff = line.indexOf('\f');
                String before = line.substring(0, ff);
                if (!before.isBlank()) {
                    lines.add(new SourceLine(i + 1, paged ? page : null, clean(before)));
                }
                page++;
                line = line.substring(ff + 1);
            }
            lines.add(new SourceLine(i + 1, paged ? page : null, clean(line)));
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank() && text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return tidy(source, lines);
    }

    /** A Word document: a line per paragraph of the body, tables row by row and cell by cell. */
    static DocumentText ofDocx(InputStream in, String source) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    addParagraph(paragraph, texts);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                                addParagraph(paragraph, texts);
                            }
                        }
                    }
                }
            }
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ImportException(source, "not a Word document (.docx): " + e.getMessage(), e);
        }
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new SourceLine(i + 1, null, clean(texts.get(i))));
        }
        return tidy(source, lines);
    }

    private static void addParagraph(XWPFParagraph paragraph, List<String> texts) {
        String text = paragraph.getText();
        // A manual line break inside a paragraph is a line of the document too.
        for (String part : text.split("\\r\\n|\\r|\\n", -1)) {
            texts.add(part);
        }
    }

    /** A PDF with a text layer: its lines page by page, numbered on their page. */
    static DocumentText ofPdf(byte[] bytes, String source) throws IOException {
        List<SourceLine> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            // A wide vertical gap between lines (a paragraph gap) reads as a blank line, as in a text file.
            stripper.setParagraphEnd("\n");
            int pages = document.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                String[] raw = text.split("\\r\\n|\\r|\\n", -1);
                int end = raw.length;
                while (end > 0 && raw[end - 1].isBlank()) {
                    end--;
                }
                for (int i = 0; i < end; i++) {
                    lines.add(new SourceLine(i + 1, p, clean(raw[i])));
                }
            }
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new ImportException(source, "the PDF is protected by a password", e);
        }
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw new ImportException(source, "the PDF has no text layer (a scan?): run OCR on it first and import the text");
        }
        return tidy(source, lines);
    }

    /** NFC; no-break and other spaces as plain spaces; control characters out; trailing spaces kept out. */
    private static String clean(String line) {
        String nfc = Normalizer.isNormalized(line, Normalizer.Form.NFC) ? line
                : Normalizer.normalize(line, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\t' || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFEFF' && c != '\u200B') {
                out.append(c);
            }
        }
        return out.toString().stripTrailing();
    }

    /** Drops page numbers everywhere, and running headers and footers of paged documents. */
    private static DocumentText tidy(String source, List<SourceLine> lines) {
        Set<SourceLine> drop = new HashSet<>();
        for (SourceLine line : lines) {
            if (!line.isBlank() && PAGE_NUMBER.matcher(Folded.plain(line.text()).text()).matches()) {
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
        if (drop.isEmpty()) {
            return new DocumentText(source, List.copyOf(lines), 0);
        }
        List<SourceLine> kept = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            if (!drop.contains(line)) {
                kept.add(line);
            }
        }
        return new DocumentText(source, List.copyOf(kept), drop.size());
    }
}
