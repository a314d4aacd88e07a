package vn.tdkt.json;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import vn.tdkt.finding.Waiver;

/**
 * Reads the waivers a host passes in: a JSON document {@code {"waivers": [...]}}, each waiver with {@code ruleId},
 * {@code unit}, {@code documentNumber} (omitted for a plan without a number), {@code approvedBy} {@code {number,
 * date, signer}} and {@code expires}. Errors are {@link PlanFormatException}s naming the field, line and column.
 *
 * <pre>{@code
 * {"waivers": [{"ruleId": "HP-03", "unit": "Kẻ Sặt",
 *               "approvedBy": {"number": "125/HĐTĐKT", "date": "2025-08-20", "signer": "Chủ tịch Hội đồng"},
 *               "expires": "2025-12-31"}]}
 * }</pre>
 */
public final class WaiverJson {
    /**
     * The document's shape.
     *
     * @param waivers the waivers in the order written; an omitted list is an empty one
     */
    public record Document(List<Waiver> waivers) {
        /** Copies the list, taking an omitted one for none. */
        public Document {
            waivers = waivers == null ? List.of() : List.copyOf(waivers);
        }
    }

    private WaiverJson() {}

    /** The waivers of a file: strict UTF-8, at most {@value PlanJson#MAX_BYTES} bytes, as a plan file. */
    public static List<Waiver> read(Path file) {
        return read(Utf8Text.read(file, PlanJson.MAX_BYTES), file.toString());
    }

    /** The waivers of a JSON text; {@code source} names it in errors and may be null. */
    public static List<Waiver> read(String json, String source) {
        return read(new StringReader(json), source);
    }

    /** The waivers of a reader's JSON text, each checked as a {@link Waiver} is built; the reader is closed. */
    public static List<Waiver> read(Reader reader, String source) {
        Document document = PlanJson.readDocument(reader, source, PlanJson.mapper().constructType(Document.class),
                "an object with a list of waivers");
        return document.waivers();
    }
}
