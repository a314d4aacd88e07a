package vn.tdkt.server;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.tdkt.finding.Report;
import vn.tdkt.importer.ImportException;
import vn.tdkt.importer.ImportedPlan;
import vn.tdkt.importer.PlanImporter;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * Checks one plan, as {@code tdkt check} does: a plan sent as JSON, or an uploaded file (a JSON plan, or a .docx, .pdf
 * or .txt document read by the importer from its bytes, never written to disk). Each check runs in its turn and within
 * the time limit ({@link CheckGate}); a plan that cannot be read, a document the importer refuses, a plan no pack fits
 * are {@link Problem}s that say why in Vietnamese and English.
 */
@Service
public class Checks {
    /** The longest file name kept from an upload: a label, never a path. */
    private static final int MAX_NAME = 200;

    private final Engines engines;
    private final CheckGate gate;

    public Checks(Engines engines, CheckGate gate) {
        this.engines = engines;
        this.gate = gate;
    }

    /**
     * What to check with.
     *
     * @param pack    the pack, or null for the pack of the plan's province and guidance
     * @param asOf    the day whose parameter values judge the plan, or null for the plan's own date
     * @param explain whether each finding carries the facts and values it was decided on
     */
    public record Options(String pack, LocalDate asOf, boolean explain) {
    }

    /**
     * A checked upload.
     *
     * @param report   the report
     * @param name     the upload's file name, as a label
     * @param imported the plan as the importer read it, with where each fact stands; null for a JSON plan
     * @param bytes    the upload
     */
    public record Checked(Report report, String name, ImportedPlan imported, byte[] bytes) {
    }

    /** Checks a plan sent as JSON (strict UTF-8, as the library reads it). */
    public Report checkJson(byte[] body, Options options) {
        engines.requireKnown(options.pack());
        return gate.run(() -> evaluate(readJson(body, null), null, options));
    }

    /** Checks an uploaded file: {@code .json} is a plan, any other name a document for the importer. */
    public Checked checkUpload(String originalName, byte[] bytes, Options options) {
        engines.requireKnown(options.pack());
        String name = fileName(originalName);
        return gate.run(() -> {
            if (isJson(name)) {
                return new Checked(evaluate(readJson(bytes, name), name, options), name, null, bytes);
            }
            ImportedPlan imported;
            try {
                imported = PlanImporter.importBytes(bytes, name);
            } catch (ImportException e) {
                throw refused(e);
            }
            return new Checked(evaluate(imported.plan(), name, options), name, imported, bytes);
        });
    }

    private Report evaluate(Plan plan, String source, Options options) {
        return engines.engineFor(plan, options.pack(), options.asOf(), options.explain()).evaluate(plan, source);
    }

    /** Whether an upload of this name is a JSON plan. */
    public static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Plan readJson(byte[] bytes, String source) {
        try {
            return PlanJson.read(new ByteArrayInputStream(bytes), source == null ? "plan" : source);
        } catch (PlanFormatException e) {
            throw unreadable(e);
        }
    }

    /**
     * An upload's file name as a label: its last path segment (some browsers send the whole path), without control
     * characters, at most 200 characters; "upload" when nothing is left. It names the document in reports and
     * messages and says its format; it is never used as a path.
     */
    public static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String label = clean.toString().strip();
        if (label.length() > MAX_NAME) {
            label = label.substring(label.length() - MAX_NAME); // the end keeps the extension
        }
        return label.isEmpty() || label.equals(".") || label.equals("..") ? "upload" : label;
    }

    /** A plan that cannot be read: 400, with the field, line and column the library names. */
    public static Problem unreadable(PlanFormatException e) {
        StringBuilder where = new StringBuilder();
        StringBuilder whereVi = new StringBuilder();
        if (e.line() > 0) {
            where.append("line ").append(e.line()).append(", column ").append(e.column());
            whereVi.append("dòng ").append(e.line()).append(", cột ").append(e.column());
        }
        if (e.pointer() != null) {
            where.append(where.length() > 0 ? ", " : "").append("field ").append(e.pointer());
            whereVi.append(whereVi.length() > 0 ? ", " : "").append("trường ").append(e.pointer());
        }
        String reason = e.reason();
        return new Problem(Problem.Type.UNREADABLE_PLAN,
                "Không đọc được kế hoạch" + (whereVi.length() > 0 ? " (" + whereVi + ")" : "") + ": " + reason,
                "The plan cannot be read" + (where.length() > 0 ? " (" + where + ")" : "") + ": " + reason)
                .with("field", e.pointer())
                .with("line", e.line() > 0 ? e.line() : null)
                .with("column", e.column() > 0 ? e.column() : null);
    }

    /** A document the importer refuses: 415 (413 when over its size limits), with its reason and kind. */
    public static Problem refused(ImportException e) {
        Problem.Type type = e.kind() == ImportException.Kind.TOO_LARGE ? Problem.Type.TOO_LARGE
                : Problem.Type.UNSUPPORTED_DOCUMENT;
        return new Problem(type, e.source() + ": " + e.reasonVi(), e.source() + ": " + e.reason())
                .with("kind", e.kind().name());
    }
}
