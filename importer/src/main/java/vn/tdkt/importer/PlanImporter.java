package vn.tdkt.importer;

import java.io.InputStream;
import java.nio.file.Path;
import vn.tdkt.model.Plan;
import vn.tdkt.text.VietnameseText;

/**
 * Reads a plan from its document: UTF-8 text, a Word document (.docx, read with Apache POI) or a PDF with a text layer
 * (read with Apache PDFBox), clean or OCR'd; from a file, or from the bytes or stream of an upload with its file name.
 *
 * <pre>{@code
 * ImportedPlan imported = PlanImporter.importFile(Path.of("ke-hoach.docx"));
 * ImportedPlan uploaded = PlanImporter.importStream(request.getInputStream(), "KH HN DHTT xa Vinh Bao.docx");
 * Report report = ComplianceEngine.forPack("hai-phong").evaluate(imported.plan());
 * imported.provenance().get("/conference/length");   // SourceSpan: line 43, "2. Thời gian tổ chức: ..."
 * }</pre>
 *
 * <p>The importer is a reader, not a guesser: each fact comes from a line of the document whose words say it (the
 * plan's {@code quotes} and {@link ImportedPlan#provenance()} name the line), and a fact no line states stays null, so
 * that the rules report it as not stated. A document that cannot be read as a plan is refused with an {@link
 * ImportException} whose reason is in English and in Vietnamese. Thread-safe; it keeps no state between calls.
 */
public final class PlanImporter {

    private PlanImporter() {}

    /** Whether the importer reads files of this name (.txt, .docx, .pdf). */
    public static boolean supports(Path file) {
        return file.getFileName() != null && supports(file.getFileName().toString());
    }

    /** Whether the importer reads files of this name (.txt, .docx, .pdf). */
    public static boolean supports(String fileName) {
        return DocumentText.Format.of(fileName) != null;
    }

    /**
     * Reads a plan document.
     *
     * @throws ImportException when the file cannot be read as a plan (missing, too large, not UTF-8, not a Word
     *                         document, a PDF without text or with a password) or names no issuing unit
     */
    public static ImportedPlan importFile(Path file) {
        return read(DocumentText.read(DocumentText.bytes(file), file.toString()));
    }

    /**
     * Reads a plan from an upload's bytes; the file name ("ke-hoach.docx") says the format and names the document in
     * messages. No file is written.
     */
    public static ImportedPlan importBytes(byte[] bytes, String fileName) {
        return read(DocumentText.read(bytes, fileName));
    }

    /**
     * Reads a plan from a stream (an upload), reading at most the size limit; the stream is left open. The file name
     * says the format. No file is written.
     */
    public static ImportedPlan importStream(InputStream in, String fileName) {
        return read(DocumentText.read(in, fileName));
    }

    /** Reads a plan from its text (a line per line; a form feed starts a page). */
    public static ImportedPlan importText(String text, String source) {
        return read(DocumentText.ofText(VietnameseText.nfc(text), source));
    }

    /** The plan alone, for hosts that need no provenance. */
    public static Plan read(Path file) {
        return importFile(file).plan();
    }

    private static ImportedPlan read(DocumentText text) {
        if (text.lines().stream().allMatch(SourceLine::isBlank)) {
            throw Refusal.NO_TEXT.exception(text.source(), null);
        }
        return Folded.within(text.lines(), () -> new PlanReader(text).read());
    }
}
