package vn.tdkt.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * Importing one plan, warm, in milliseconds: the Kẻ Sặt seed (14,500 characters, 255 lines) as text, as a Word
 * document and as a PDF of {@value #PDF_PAGES} pages (a page's time is the score over the pages), beside reading the
 * same plan's JSON; and the text repeated {@code copies} times, to see the time grow with the length (a 4 MB text is
 * refused by the size limit before it is read). Run from the project's root: the seed is read from examples/seeds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {
    static final int PDF_PAGES = 5;

    @State(Scope.Benchmark)
    public static class Documents {
        String text;
        byte[] docx;
        byte[] pdf;
        String json;

        @Setup
        public void setUp() throws IOException {
            text = Files.readString(seed(), StandardCharsets.UTF_8);
            docx = docx(text);
            pdf = pdf(text);
            json = PlanJson.write(PlanImporter.importText(text, "ke-sat.txt").plan());
        }
    }

    @State(Scope.Benchmark)
    public static class Long {
        /** How many copies of the seed's text, one after the other. */
        @Param({"1", "8", "64"})
        int copies;

        String text;

        @Setup
        public void setUp() throws IOException {
            text = Files.readString(seed(), StandardCharsets.UTF_8).repeat(copies);
        }
    }

    @Benchmark
    public Plan importText(Documents documents) {
        return PlanImporter.importText(documents.text, "ke-sat.txt").plan();
    }

    @Benchmark
    public Plan importDocx(Documents documents) {
        return PlanImporter.importBytes(documents.docx, "ke-sat.docx").plan();
    }

    @Benchmark
    public Plan importPdf(Documents documents) {
        return PlanImporter.importBytes(documents.pdf, "ke-sat.pdf").plan();
    }

    @Benchmark
    public Plan readJson(Documents documents) {
        return PlanJson.read(documents.json, "ke-sat.json");
    }

    @Benchmark
    public Plan importLongText(Long text) {
        return PlanImporter.importText(text.text, "long.txt").plan();
    }

    /** A 4 MB text: refused by the size limit, not read. */
    @Benchmark
    public String refuseFourMegabytes(Long text) {
        try {
            return PlanImporter.importText(text.text.repeat(Math.max(1, 4_200_000 / text.text.length())), "4mb.txt")
                    .plan().label();
        } catch (ImportException e) {
            return e.reason();
        }
    }

    static Path seed() {
        Path seed = Path.of(System.getProperty("tdkt.seed", "examples/seeds/000-ke-sat.txt"));
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException(seed.toAbsolutePath() + ": run from the project's root, or -Dtdkt.seed=FILE");
        }
        return seed;
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\R", -1)) {
                word.createParagraph().createRun().setText(line);
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    /** The text on {@value #PDF_PAGES} A4 pages, with the font PDFBox ships. */
    static byte[] pdf(String text) throws IOException {
        List<String> lines = text.lines().toList();
        int perPage = (lines.size() + PDF_PAGES - 1) / PDF_PAGES;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream in = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(document, in);
            }
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 800;
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        if (!line.isBlank()) {
                            content.beginText();
                            content.setFont(font, 9);
                            content.newLineAtOffset(40, y);
                            content.showText(line.strip());
                            content.endText();
                        }
                        y -= 14;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
