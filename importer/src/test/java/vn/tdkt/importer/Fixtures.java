package vn.tdkt.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word and PDF documents made from a text in the tests, as an office or a printer would make them. */
final class Fixtures {
    /** The font PDFBox ships (Liberation Sans): it has the Vietnamese letters. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private Fixtures() {}

    /** A .docx with one paragraph per line of the text (an empty paragraph for an empty line). */
    static Path docx(String text, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\\R", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        return file;
    }

    /**
     * A PDF with a text layer: a line of text per line, an empty line as vertical space, {@code linesPerPage} lines a
     * page; with a running header and a page number ("- 2 -") on every page when {@code header} is not null.
     */
    static Path pdf(String text, Path file, int linesPerPage, String header) throws IOException {
        List<String> lines = text.lines().toList();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = Fixtures.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in);
            }
            int page = 0;
            for (int from = 0; from < lines.size(); from += linesPerPage) {
                page++;
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    float y = 800;
                    if (header != null) {
                        show(content, font, 9, 40, y, header);
                        y -= 24;
                    }
                    for (String line : lines.subList(from, Math.min(lines.size(), from + linesPerPage))) {
                        if (!line.isBlank()) {
                            show(content, font, 10, 40, y, line.strip());
                        }
                        y -= 13;
                    }
                    if (header != null) {
                        show(content, font, 9, 290, 30, "- " + page + " -");
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
