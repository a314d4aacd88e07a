package vn.tdkt.importer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds the corpus's Word and PDF documents from their markup, as an office's Word or a browser's "print to PDF" would
 * lay them out. The markup (see corpus/README.md):
 *
 * <ul>
 *   <li>a line is a paragraph; a blank line is only a separator;</li>
 *   <li>a line starting with "|" is a table row, cells separated by "|"; consecutive rows are one table; "\n" inside a
 *       cell starts a new paragraph of the cell; a cell "^" continues the cell above (vertical merge), a cell "<" is
 *       spanned by the cell to its left (horizontal merge);</li>
 *   <li>"---page---" starts a new page;</li>
 *   <li>"%% blank-lines" (PDF): an empty line between paragraphs, as a page printed from a browser.</li>
 * </ul>
 */
public final class CorpusDocuments {
    /** The font PDFBox ships (Liberation Sans): it has the Vietnamese letters, so no system font is needed. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PAGE_BREAK = "---page---";
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    /** Where the right-hand column of a two-column table (the header) starts, as Word's default header table puts it. */
    private static final float SECOND_COLUMN = 300;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float TOP = 790;
    private static final float BOTTOM = 60;

    private CorpusDocuments() {}

    /** A block of the markup: a paragraph, a table (rows of cells), or a page break. */
    private record Block(String paragraph, List<List<String>> rows, boolean pageBreak) {}

    private static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("|")) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(new Block(null, table, false));
                }
                String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
                table.add(Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList());
                continue;
            }
            table = null;
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            blocks.add(line.equals(PAGE_BREAK) ? new Block(null, null, true) : new Block(line, null, false));
        }
        return blocks;
    }

    private static boolean option(List<String> lines, String name) {
        return lines.stream().anyMatch(l -> l.strip().equals("%% " + name));
    }

    /** The .docx of a markup file, written into {@code directory}. */
    public static Path docx(Path markup, Path directory) throws IOException {
        List<Block> blocks = parse(Files.readAllLines(markup));
        Path file = directory.resolve(markup.getParent().getFileName() + ".docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            boolean breakBefore = false;
            Block previous = null;
            for (Block block : blocks) {
                if (block.pageBreak()) {
                    breakBefore = true;
                } else if (block.rows() != null) {
                    if (previous != null && previous.rows() != null) {
                        document.createParagraph(); // Word keeps two tables apart with an empty paragraph
                    }
                    table(document, block.rows());
                } else {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (breakBefore) {
                        paragraph.setPageBreak(true);
                        breakBefore = false;
                    }
                    paragraph.createRun().setText(block.paragraph());
                }
                previous = block;
            }
            document.write(out);
        }
        return file;
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = rows.get(r);
            // Walk backwards so that removing a spanned cell leaves the indexes still to visit in place.
            for (int c = columns - 1; c >= 0; c--) {
                String text = c < cells.size() ? cells.get(c) : "";
                XWPFTableCell cell = row.getCell(c);
                if (text.equals("<") && c > 0) {
                    CTTcPr left = properties(row.getCell(c - 1));
                    int span = (left.isSetGridSpan() ? left.getGridSpan().getVal().intValue() : 1)
                            + (properties(cell).isSetGridSpan() ? properties(cell).getGridSpan().getVal().intValue() : 1);
                    (left.isSetGridSpan() ? left.getGridSpan() : left.addNewGridSpan()).setVal(BigInteger.valueOf(span));
                    row.removeCell(c);
                    continue;
                }
                if (text.equals("^")) {
                    properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (r + 1 < rows.size() && c < rows.get(r + 1).size() && rows.get(r + 1).get(c).equals("^")) {
                    properties(cell).addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] paragraphs = text.split("\\\\n");
                cell.getParagraphs().get(0).createRun().setText(paragraphs[0].strip());
                for (int p = 1; p < paragraphs.length; p++) {
                    cell.addParagraph().createRun().setText(paragraphs[p].strip());
                }
            }
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** The .pdf of a markup file, written into {@code directory}. */
    public static Path pdf(Path markup, Path directory) throws IOException {
        List<String> lines = Files.readAllLines(markup);
        Path file = directory.resolve(markup.getParent().getFileName() + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = CorpusDocuments.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in);
            }
            new PdfWriter(document, font, option(lines, "blank-lines")).write(parse(lines));
            document.save(file.toFile());
        }
        return file;
    }

    /** Lays out blocks on A4 pages: wrapped paragraphs, tables as columns on the same lines, page numbers. */
    private static final class PdfWriter {
        private final PDDocument document;
        private final PDType0Font font;
        private final boolean blankLines;
        private PDPageContentStream content;
        private int page;
        private float y;

        PdfWriter(PDDocument document, PDType0Font font, boolean blankLines) {
            this.document = document;
            this.font = font;
            this.blankLines = blankLines;
        }

        void write(List<Block> blocks) throws IOException {
            newPage();
            for (Block block : blocks) {
                if (block.pageBreak()) {
                    newPage();
                } else if (block.rows() != null) {
                    table(block.rows());
                } else {
                    paragraph(block.paragraph());
                }
                if (blankLines) {
                    y -= LEADING;
                }
            }
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            content = new PDPageContentStream(document, pdfPage);
            page++;
            y = TOP;
            if (page > 1) {
                // Offices number pages from the second, at the top centre.
                show(String.valueOf(page), 295, 815);
            }
        }

        /**
         * A paragraph wrapped to the page. A list item ("- ", "+ ", "1. ", "a) ") hangs: its wrapped lines start under
         * its text, not under its bullet; any other paragraph has Word's first-line indent.
         */
        private void paragraph(String text) throws IOException {
            if (text.equals(text.toUpperCase(java.util.Locale.ROOT)) && !text.matches("^[IVX]+\\.\\s.*")
                    && width(text) < RIGHT - LEFT) {
                // A title in capitals ("KẾ HOẠCH") is centred, as Word's template puts it.
                room(1);
                show(text, LEFT + (RIGHT - LEFT - width(text)) / 2, y);
                y -= LEADING;
                return;
            }
            boolean item = text.matches("^([-+*•]|\\d+(\\.\\d+)*\\.|[a-zđ]\\)|[IVX]+\\.)\\s.*");
            float first = item ? LEFT : LEFT + 28;
            float rest = item ? LEFT + 14 : LEFT;
            List<String> lines = wrap(text, RIGHT - first, RIGHT - rest);
            for (int i = 0; i < lines.size(); i++) {
                room(1);
                show(lines.get(i), i == 0 ? first : rest, y);
                y -= LEADING;
            }
        }

        private void table(List<List<String>> rows) throws IOException {
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            float[] x = columns(rows, columns);
            for (List<String> row : rows) {
                List<List<String>> cellLines = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < columns; c++) {
                    String text = c < row.size() ? row.get(c) : "";
                    int end = c + 1;
                    while (end < columns && end < row.size() && row.get(end).equals("<")) {
                        end++;
                    }
                    float width = (end < columns ? x[end] : RIGHT) - x[c] - 6;
                    List<String> lines = new ArrayList<>();
                    if (!text.equals("<") && !text.equals("^")) {
                        for (String part : text.split("\\\\n")) {
                            lines.addAll(wrap(part.strip(), width, width));
                        }
                    }
                    cellLines.add(lines);
                    height = Math.max(height, lines.size());
                }
                room(Math.min(height, 8));
                for (int c = 0; c < columns; c++) {
                    List<String> lines = cellLines.get(c);
                    for (int i = 0; i < lines.size(); i++) {
                        show(lines.get(i), x[c], y - i * LEADING);
                    }
                }
                y -= height * LEADING + 3;
            }
        }

        /** Column starts: a two-column table (the header) at 50 and 300; wider tables by the length of their text. */
        private float[] columns(List<List<String>> rows, int columns) {
            float[] x = new float[columns];
            if (columns == 2) {
                x[0] = LEFT;
                x[1] = SECOND_COLUMN;
                return x;
            }
            float[] weight = new float[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    weight[c] = Math.max(weight[c], Math.min(row.get(c).length(), 60));
                }
            }
            float total = 0;
            for (int c = 0; c < columns; c++) {
                weight[c] = Math.max(weight[c], 4);
                total += weight[c];
            }
            float at = LEFT;
            for (int c = 0; c < columns; c++) {
                x[c] = at;
                at += (RIGHT - LEFT) * weight[c] / total;
            }
            return x;
        }

        private void room(int lines) throws IOException {
            if (y - lines * LEADING < BOTTOM) {
                newPage();
            }
        }

        private List<String> wrap(String text, float firstWidth, float restWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                float width = lines.isEmpty() ? firstWidth : restWidth;
                if (!line.isEmpty() && width(candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * SIZE;
        }

        private void show(String text, float atX, float atY) throws IOException {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(atX, atY);
            content.showText(text);
            content.endText();
        }
    }
}
