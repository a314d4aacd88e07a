package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents within the size limit that are damaged, hostile or absurd: each is refused with an {@link ImportException}
 * whose reason is in words (never a class of POI, PDFBox or XMLBeans). The time a refusal takes is measured in
 * docs/reliability.md; here a generous {@code @Timeout} only keeps a hang from stalling the build.
 */
class HostileDocumentsTest {
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>";

    @TempDir
    Path dir;

    static String document(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "</w:body></w:document>";
    }

    static byte[] zip(String contentTypes, String rels, byte[] document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(rels.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] plainDocx() throws IOException {
        return zip(CONTENT_TYPES, RELS, document("<w:p><w:r><w:t>UBND XÃ TIÊN LÃNG</w:t></w:r></w:p>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The refusal, whose reason names no library and carries none of its words. */
    private ImportException refused(byte[] bytes, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        ImportException e = catchThrowableOfType(ImportException.class, () -> PlanImporter.importFile(file));
        assertThat(e).as(name).isNotNull();
        assertThat(e.reason()).doesNotContainIgnoringCase("org.apache").doesNotContainIgnoringCase("poi")
                .doesNotContainIgnoringCase("pdfbox").doesNotContainIgnoringCase("xmlbeans")
                .doesNotContain("Exception").doesNotContain("ZipSecureFile").doesNotContain("COS");
        assertThat(e.reasonVi()).isNotBlank();
        return e;
    }

    @Test
    @DisplayName("a 0-byte .docx and a 0-byte .pdf are not documents")
    void empty() throws Exception {
        assertThat(refused(new byte[0], "empty.docx").reason()).contains("not a Word document");
        assertThat(refused(new byte[0], "empty.pdf").reason()).contains("not a PDF");
    }

    @Test
    @DisplayName("a .txt renamed .docx is not a Word document")
    void textNamedDocx() throws Exception {
        assertThat(refused("UBND XÃ TIÊN LÃNG\nKẾ HOẠCH\n".getBytes(StandardCharsets.UTF_8), "plan.docx").reason())
                .contains("not a Word document");
    }

    @Test
    @DisplayName("a .docx cut short is damaged, not a library's message")
    void truncatedZip() throws Exception {
        byte[] whole = plainDocx();
        assertThat(PlanImporter.importBytes(whole, "plan.docx").plan().unit().name()).isEqualTo("Tiên Lãng");
        for (int length : new int[] {4, 30, whole.length / 2, whole.length - 10}) {
            ImportException e = refused(Arrays.copyOf(whole, length), "cut-" + length + ".docx");
            assertThat(e.reason()).as("cut at %d", length).contains("damaged");
        }
    }

    @Test
    @DisplayName("a DOCTYPE in _rels/.rels or [Content_Types].xml is refused unread")
    void doctype() throws Exception {
        byte[] body = document("<w:p><w:r><w:t>UBND XÃ TIÊN LÃNG</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
        String rels = RELS.replace("?>", "?>" + DOCTYPE);
        String types = CONTENT_TYPES.replace("?>", "?>" + DOCTYPE);
        assertThat(refused(zip(CONTENT_TYPES, rels, body), "rels.docx").reason()).contains("DOCTYPE");
        assertThat(refused(zip(types, RELS, body), "types.docx").reason()).contains("DOCTYPE");
        assertThat(refused(zip(CONTENT_TYPES, RELS, document("").replace("?>", "?>" + DOCTYPE)
                .getBytes(StandardCharsets.UTF_8)), "document.docx").reason()).contains("DOCTYPE");
    }

    @Test
    @Timeout(60)
    @DisplayName("a zip bomb (document.xml inflating to 90 MiB) is refused when the limit is reached, not unpacked")
    void zipBomb() throws Exception {
        byte[] paragraph = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[90 * 1024 * 1024];
        for (int i = 0; i + paragraph.length <= body.length; i += paragraph.length) {
            System.arraycopy(paragraph, 0, body, i, paragraph.length);
        }
        Arrays.fill(body, body.length - body.length % paragraph.length, body.length, (byte) ' ');
        assertThat(refused(zip(CONTENT_TYPES, RELS, body), "bomb.docx").kind()).isEqualTo(ImportException.Kind.TOO_LARGE);
    }

    @Test
    @Timeout(60)
    @DisplayName("a .docx whose XML, not a bomb by its ratio, unpacks beyond the limit is refused before POI reads it")
    void inflatesTooLarge() throws Exception {
        // Words drawn at random compress some 1 to 5: no bomb by POI's ratio, but 40 MB of XML would exhaust 512 MB.
        Random random = new Random(13);
        String[] words = {"Hội", "nghị", "tuyên", "dương", "điển", "hình", "tiên", "tiến", "xã", "kế", "hoạch", "năm"};
        StringBuilder xml = new StringBuilder(document(""));
        int at = xml.indexOf("</w:body>");
        StringBuilder body = new StringBuilder();
        while (body.length() < 14 * 1024 * 1024) {
            body.append("<w:p><w:r><w:t>");
            for (int w = 0; w < 40; w++) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
            }
            body.append("</w:t></w:r></w:p>");
        }
        xml.insert(at, body);
        ImportException e = refused(zip(CONTENT_TYPES, RELS, xml.toString().getBytes(StandardCharsets.UTF_8)), "big.docx");
        assertThat(e.kind()).isEqualTo(ImportException.Kind.TOO_LARGE);
        assertThat(e.reason()).contains("unpacks to more than");
    }

    @Test
    @Timeout(60)
    @DisplayName("a PDF of 10,000 pages is refused before its pages are read")
    void tenThousandPages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) {
                pdf.addPage(new PDPage());
            }
            pdf.save(out);
        }
        ImportException e = refused(out.toByteArray(), "pages.pdf");
        assertThat(e.reason()).contains("more than 500 pages");
    }

    @Test
    @DisplayName("an encrypted PDF, with a password to open it or only one to extract its text, is refused")
    void encryptedPdf() throws Exception {
        for (String user : new String[] {"user", ""}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage());
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", user, permission);
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
                pdf.save(out);
            }
            ImportException e = refused(out.toByteArray(), "encrypted-" + user + ".pdf");
            assertThat(e.kind()).isEqualTo(ImportException.Kind.ENCRYPTED);
        }
    }

    @Test
    @DisplayName("a PDF that is damaged is said to be damaged, not in PDFBox's words")
    void damagedPdf() throws Exception {
        byte[] garbage = new byte[100_000];
        new Random(13).nextBytes(garbage);
        byte[] pdf = ("%PDF-1.4\n" + new String(garbage, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(pdf, "garbage.pdf").reason()).contains("damaged");
    }

    @Test
    @Timeout(60)
    @DisplayName("a PDF whose font map a flipped byte ran on (found by the fuzz; 22 s of one page) is damaged, at once")
    void fontMapRunOn() throws Exception {
        // Its ToUnicode map has "<068A> <06803091EA0>": a range's end run into the next number, billions of codes.
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/hostile/font-map-run-on.pdf"));
        assertThat(refused(pdf, "font-map.pdf").reason()).contains("the PDF is damaged");
    }

    @Test
    @Timeout(60)
    @DisplayName("a single line of 1,000,000 characters is refused at once (it took 30 s), one of 2 MB too")
    void longLine() throws Exception {
        String line = "UBND xã Tiên Lãng tổ chức Hội nghị tuyên dương điển hình tiên tiến. ".repeat(40_000);
        ImportException e = refused((line.substring(0, 1_000_000) + "\n").getBytes(StandardCharsets.UTF_8), "line.txt");
        assertThat(e.reason()).contains("longer than 20,000 characters");
        assertThat(e.kind()).isEqualTo(ImportException.Kind.TOO_LARGE);
        assertThat(refused(line.substring(0, 2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8), "2mb.txt")
                .kind()).isEqualTo(ImportException.Kind.TOO_LARGE);
    }

    @Test
    @Timeout(60)
    @DisplayName("within the limits, time grows with the text, not its square: 100 lines of 19,990 characters")
    void longLinesWithinTheLimit() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/corpus/01-tien-lang/document.docx.txt"))
                .replace('\n', ' ');
        StringBuilder all = new StringBuilder();
        while (all.length() < 2_000_000) {
            all.append(text);
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append(all, i * 19_990, (i + 1) * 19_990).append('\n');
        }
        assertThat(PlanImporter.importText(lines.toString(), "lines.txt").plan().unit().name()).isEqualTo("Tiên Lãng");
        // 2.2 s on the 2-core machine the figures were taken on; quadratic reading took minutes.
    }
}
