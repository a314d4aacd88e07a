package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portal reads an upload from its bytes or stream, with its file name; what it cannot read it refuses in words. */
class HostImportTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the bytes and the stream of an upload give what the file gives, and no file is written")
    void bytesAndStreams() throws IOException {
        Path text = Seeds.KE_SAT.textFile();
        byte[] bytes = Files.readAllBytes(text);
        Path docx = Fixtures.docx(Seeds.KE_SAT.content(), dir.resolve("ke-sat.docx"));
        Path pdf = Fixtures.pdf(Seeds.KE_SAT.content(), dir.resolve("ke-sat.pdf"), 60, null);
        ImportedPlan fromFile = PlanImporter.importFile(text);
        assertThat(PlanImporter.importBytes(bytes, "KH HN DHTT xa Ke Sat.txt").plan()).isEqualTo(fromFile.plan());
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            assertThat(PlanImporter.importStream(in, "ke-sat.txt").provenance()).isEqualTo(fromFile.provenance());
        }
        try (InputStream in = Files.newInputStream(docx)) {
            assertThat(PlanImporter.importStream(in, "upload.docx").plan())
                    .isEqualTo(PlanImporter.importFile(docx).plan());
        }
        assertThat(PlanImporter.importBytes(Files.readAllBytes(pdf), "upload.PDF").plan())
                .isEqualTo(PlanImporter.importFile(pdf).plan());
    }

    @Test
    @DisplayName("refusals say why in English and in Vietnamese, and what kind of refusal each is")
    void refusals() throws IOException {
        ImportException notPdf = refusal(() -> PlanImporter.importBytes("<html>".getBytes(StandardCharsets.UTF_8), "plan.pdf"));
        assertThat(notPdf.kind()).isEqualTo(ImportException.Kind.NOT_A_DOCUMENT);
        assertThat(notPdf.reasonVi()).isEqualTo("tệp không phải văn bản PDF");

        ImportException doc = refusal(() -> PlanImporter.importBytes(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0}, "plan.docx"));
        assertThat(doc.reason()).contains(".doc").contains("password");
        assertThat(doc.reasonVi()).contains("Word cũ (.doc)");

        ImportException odt = refusal(() -> PlanImporter.importBytes(new byte[] {1}, "plan.odt"));
        assertThat(odt.kind()).isEqualTo(ImportException.Kind.NOT_A_DOCUMENT);
        assertThat(odt.reasonVi()).contains(".txt (UTF-8), .docx hoặc .pdf");

        ImportException large = refusal(() -> PlanImporter.importBytes(new byte[(int) DocumentText.MAX_BYTES + 1], "plan.txt"));
        assertThat(large.kind()).isEqualTo(ImportException.Kind.TOO_LARGE);
        assertThat(large.reasonVi()).startsWith("tệp quá lớn");
        ImportException long4Mb = refusal(() -> PlanImporter.importText("x".repeat(4 * 1024 * 1024), "big.txt"));
        assertThat(long4Mb.kind()).isEqualTo(ImportException.Kind.TOO_LARGE);

        ImportException noUnit = refusal(() -> PlanImporter.importText("KẾ HOẠCH\nHọp giao ban\n", "notes.txt"));
        assertThat(noUnit.kind()).isEqualTo(ImportException.Kind.NO_UNIT);
        assertThat(noUnit.reasonVi()).startsWith("không xác định được đơn vị ban hành");
        assertThat(noUnit.getMessage()).isEqualTo("notes.txt: " + noUnit.reason());
    }

    @Test
    @DisplayName("a scanned PDF (no text) and a PDF locked by a password are refused, each with its reason")
    void pdfsThatCannotBeRead() throws IOException {
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan);
        }
        ImportException noText = refusal(() -> PlanImporter.importBytes(scan.toByteArray(), "scan.pdf"));
        assertThat(noText.kind()).isEqualTo(ImportException.Kind.NO_TEXT_LAYER);
        assertThat(noText.reasonVi()).contains("nhận dạng chữ (OCR)");

        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(locked);
        }
        ImportException encrypted = refusal(() -> PlanImporter.importBytes(locked.toByteArray(), "locked.pdf"));
        assertThat(encrypted.kind()).isEqualTo(ImportException.Kind.ENCRYPTED);
        assertThat(encrypted.reasonVi()).contains("mật khẩu");
    }

    @Test
    @DisplayName("the constructors hosts already call keep working")
    void compatible() {
        ImportException old = new ImportException("a.txt", "some reason");
        assertThat(old.reason()).isEqualTo("some reason");
        assertThat(old.reasonVi()).isEqualTo("some reason");
        assertThat(old.kind()).isEqualTo(ImportException.Kind.UNREADABLE);
        assertThatThrownBy(() -> PlanImporter.importFile(dir.resolve("missing.pdf")))
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
    }

    private static ImportException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(call, ImportException.class);
    }
}
