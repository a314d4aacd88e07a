package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackLibrary;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.finding.Citation;
import vn.tdkt.finding.RuleDescription;

/**
 * A finding quotes its clause in the guidance's own words. Every text a pack cites, for a rule, an outcome or a
 * parameter, is made of pieces that stand word for word in the document the pack draws on: the Hải Phòng guidance,
 * or the Kiên Mộc plan that relays the Lạng Sơn one. Pieces are the lines of a text and its parts on either side of
 * an omission ("...", "(…)"); a clause label before a quotation ("III.3.5: ") is the citation's, not the text's.
 */
class CitationsTest {
    private static final Path SEEDS = Path.of(System.getProperty("user.dir")).resolve("../examples/seeds");

    @ParameterizedTest
    @CsvSource({"hai-phong, 001-hai-phong-guidance.txt", "lang-son, 003-kien-moc.txt"})
    void everyCitedTextStandsWordForWordInItsSource(String packId, String source) throws IOException {
        String document = words(Files.readString(SEEDS.resolve(source), StandardCharsets.UTF_8));
        PackDescriptor pack = PackLibrary.onClassPath().descriptor(packId);
        List<String> missing = new ArrayList<>();
        for (RuleDescription rule : pack.rules().values()) {
            if (rule.id().startsWith("CC-")) {
                continue; // the rules of consistency cite no guidance
            }
            check(rule.id(), rule.text(), document, missing);
            for (Map.Entry<String, Citation> own : rule.citations().entrySet()) {
                check(rule.id() + " " + own.getKey(), own.getValue().text(), document, missing);
            }
        }
        for (Map.Entry<String, ParameterDefinition> parameter : pack.parameters().entrySet()) {
            for (ParameterValue value : parameter.getValue().values()) {
                check(parameter.getKey(), value.text(), document, missing);
            }
        }
        assertThat(missing).as("texts of %s not found word for word in %s", packId, source).isEmpty();
    }

    private static void check(String what, String text, String document, List<String> missing) {
        assertThat(text).as("text of %s", what).isNotBlank();
        for (String piece : text.split("\\n|\\s*\\.\\.\\.(\\s+|$)|\\s*\\(…\\)\\s*")) {
            String quoted = words(piece.replaceFirst("^[IVX]+(\\.\\d+)*: ", ""));
            if (!quoted.isEmpty() && !document.contains(quoted)) {
                missing.add(what + ": " + quoted);
            }
        }
    }

    /** The words of a text: NFC, one space between words, page numbers (lines of digits alone) dropped. */
    private static String words(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("(?m)^\\s*\\d+\\s*$", " ").replaceAll("\\s+", " ").strip();
    }
}
