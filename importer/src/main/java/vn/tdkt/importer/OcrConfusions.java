package vn.tdkt.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The letters OCR confuses in Vietnamese text, as rewrites of the folded form (see {@code ocr-confusions.tsv}: one rule
 * a line, a regular expression, its replacement and why). They apply only to the form the importer matches on; the
 * plan quotes the document as written.
 */
final class OcrConfusions {
    /** One rewrite: where, into what, and the confusion it undoes. */
    record Rule(Pattern pattern, String replacement, String why) {
    }

    private static final List<Rule> RULES = load();

    private OcrConfusions() {}

    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = OcrConfusions.class.getResourceAsStream("ocr-confusions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("ocr-confusions.tsv is missing from the importer's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException("ocr-confusions.tsv:" + number
                            + ": expected three tab-separated cells (pattern, replacement, why)");
                }
                rules.add(new Rule(Pattern.compile(cells[0]), cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
