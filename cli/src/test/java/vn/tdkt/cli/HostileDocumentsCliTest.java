package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile documents given to the tool as a process: exit 2, the reason in words on stderr, and neither
 * a stack trace nor the document libraries' warnings without --verbose.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileDocumentsCliTest {
    @TempDir
    Path dir;

    record Result(int exit, String err) {
    }

    /** The tool in a heap of 512 MB, the bound the importer's limits keep a document within. */
    private Result tool(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", classPath, Tdkt.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(err));
    }

    /** A PDF whose page's content is no deflate stream and whose font is no font: PDFBox warns, with stack traces. */
    static byte[] brokenPdf() {
        byte[] data = "x\u009c\u0001\u0002garbage that is not deflate at all".getBytes(StandardCharsets.ISO_8859_1);
        byte[] font = "\u0000\u0001\u0000\u0000garbage font".getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + data.length + " /Filter /FlateDecode >>\nstream\n" + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FontDescriptor 6 0 R >>",
                "<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontFile2 7 0 R >>",
                "<< /Length " + font.length + " >>\nstream\n" + new String(font, StandardCharsets.ISO_8859_1) + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDamagedPdfIsRefusedInWordsWithoutTheLibrarysWarnings() throws Exception {
        Path pdf = Files.write(dir.resolve("broken.pdf"), brokenPdf());
        Result result = tool("import", pdf.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("broken.pdf: the PDF").doesNotContain("WARN").doesNotContain("\tat ")
                .doesNotContain("org.apache").doesNotContain("Exception");
        Result verbose = tool("import", "--verbose", pdf.toString());
        assertThat(verbose.err()).contains("FlateFilter");
    }

    @Test
    void aWordDocumentJustWithinTheXmlLimitIsReadInA512MbHeap() throws Exception {
        // Some 11 MB of XML (the limit is 12), words drawn at random (no bomb by its ratio): POI's tree of it fits in 512 MB; its 4 million
        // characters of text are then over the text limit, a refusal in words (exit 2), not an OutOfMemoryError (exit 3).
        java.util.Random random = new java.util.Random(13);
        String[] words = {"Hội", "nghị", "tuyên", "dương", "điển", "hình", "tiên", "tiến", "xã", "kế", "hoạch", "năm"};
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        while (xml.length() < 9_500_000) {
            xml.append("<w:p><w:r><w:t>");
            for (int w = 0; w < 40; w++) {
                xml.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
            }
            xml.append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
                    + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path docx = Files.write(dir.resolve("big.docx"), bytes.toByteArray());
        Result result = tool("import", docx.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("big.docx: larger than 20 MB (or 2 million characters of text)")
                .doesNotContain("OutOfMemoryError");
    }

    @Test
    void aZipBombAndACutShortDocxAreRefusedInWords() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 90; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        Path bomb = Files.write(dir.resolve("bomb.docx"), bytes.toByteArray());
        Result result = tool("check", bomb.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("bomb.docx: a part of the Word document unpacks to more than a hundred times")
                .doesNotContain("\tat ").doesNotContain("org.apache").doesNotContain("ZipSecureFile");
        byte[] whole = bytes.toByteArray();
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, 200));
        Result truncated = tool("import", cut.toString());
        assertThat(truncated.exit()).isEqualTo(2);
        assertThat(truncated.err()).contains("the Word document is damaged").doesNotContain("\tat ");
    }
}
