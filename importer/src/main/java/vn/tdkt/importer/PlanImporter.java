package vn.tdkt.importer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import vn.tdkt.model.Plan;

/**
 * Reads a commune's plan from its document: UTF-8 text, a Word document (.docx, read with Apache POI) or a PDF with a
 * text layer (read with Apache PDFBox), clean or OCR'd.
 *
 * <pre>{@code
 * ImportedPlan imported = PlanImporter.importFile(Path.of("ke-hoach.docx"));
 * Report report = ComplianceEngine.forPack("hai-phong").evaluate(imported.plan());
 * imported.provenance().get("/conference/length");   // SourceSpan: line 43, "2. Thời gian tổ chức: ..."
 * }</pre>
 *
 * <p>The importer is a reader, not a guesser: each fact comes from a line of the document whose words say it (the
 * plan's {@code quotes} and {@link ImportedPlan#provenance()} name the line), and a fact no line states stays null, so
 * that the rules report it as not stated. Thread-safe; it keeps no state between calls.
 */
public final class PlanImporter {
    private static final Set<String> EXTENSIONS = Set.of(".txt", ".text", ".md", ".docx", ".pdf");

    private PlanImporter() {}

    /** Whether the importer reads files of this name (.txt, .docx, .pdf). */
    public static boolean supports(Path file) {
        return DocumentText.Format.of(file) != null;
    }

    /** The extensions the importer reads. */
    public static Set<String> extensions() {
        return EXTENSIONS;
    }

    /**
     * Reads a plan document.
     *
     * @throws ImportException when the file cannot be read as a plan (missing, not UTF-8, not a Word document, a PDF
     *                         without text) or names no issuing unit
     */
    public static ImportedPlan importFile(Path file) {
        return read(DocumentText.read(file));
    }

    /** Reads a plan from its text (a line per line; a form feed starts a page). */
    public static ImportedPlan importText(String text, String source) {
        return read(DocumentText.ofText(Normalizer.normalize(text, Normalizer.Form.NFC), source));
    }

    /** The plan alone, for hosts that need no provenance. */
    public static Plan read(Path file) {
        return importFile(file).plan();
    }

    private static ImportedPlan read(DocumentText text) {
        if (text.lines().stream().allMatch(SourceLine::isBlank)) {
            throw new ImportException(text.source(), "the document has no text");
        }
        return new PlanReader(text).read();
    }
}
