package vn.tdkt.importer.guidance;

import java.util.List;

/**
 * One parameter read from a guidance document.
 *
 * @param parameter the pack parameter ("delegates.max")
 * @param value     an Integer, a LocalDate, a String, or a List of Strings (kinds of the plan model)
 * @param clause    the clause path that sets it ("II.1", "III.3.6"; "Quyết định" or "Kế hoạch" for the header)
 * @param text      the clause's words, verbatim
 * @param line      the document line it came from ("line 192", "lines 192-194", "page 2, line 5")
 */
public record Fact(String parameter, Object value, String clause, String text, String line) {
    /** The value as the README shows it. */
    public String shown() {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "[]" : "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }
}
