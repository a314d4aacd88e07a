package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackLibrary;

/**
 * The Lạng Sơn pack's evidence (messages and parameters are checked for every pack in PackIntegrityTest): every
 * parameter holds from the guidance's date, every rule cites 199/KH-UBND as relayed (or the national guidance as relayed) and quotes the Kiên Mộc plan word
 * for word, and the pack encodes none of Hải Phòng's deadlines.
 */
class LangSonPackTest {
    private static final Path SEED = Path.of(System.getProperty("user.dir")).resolve("../examples/seeds/003-kien-moc.txt");

    private final PackDescriptor pack = PackLibrary.onClassPath().descriptor("lang-son");

    @Test
    void theGuidanceNumberIsTheProvincesPlan() {
        assertThat(pack.parametersOn(pack.guidance().date()).text("guidance.number")).isEqualTo("199/KH-UBND");
        pack.parameters().values().forEach(p -> assertThat(p.values().get(0).from())
                .as("first value of %s", p.name()).isEqualTo(pack.guidance().date()));
    }

    @Test
    void everyRuleCitesTheRelayedGuidanceAndQuotesTheRelayingPlan() {
        pack.rules().values().stream().filter(r -> r.id().startsWith("LS-")).forEach(rule -> {
            // A rule without a document of its own enforces the pack's guidance.
            String document = rule.document() != null ? rule.document() : pack.guidance().citation();
            assertThat(document).as("document of %s", rule.id())
                    .satisfiesAnyOf(
                            d -> assertThat(d).isEqualTo(
                                    "UBND tỉnh Lạng Sơn, Kế hoạch số 199/KH-UBND ngày 23/7/2025 (as relayed by the Kiên Mộc plan)"),
                            d -> assertThat(d).startsWith(
                                    "Bộ Nội vụ, Hướng dẫn 4758/HD-BNV ngày 05/7/2025, as relayed by the Kiên Mộc plan"));
            assertThat(rule.clause()).as("clause of %s", rule.id()).startsWith("Kiên Mộc ");
        });
    }

    @Test
    void everyQuotedTextOccursInTheKienMocPlan() throws IOException {
        String seed = flat(Files.readString(SEED));
        List<String> quoted = new java.util.ArrayList<>();
        pack.rules().values().stream().filter(r -> r.id().startsWith("LS-")).forEach(r -> quoted.add(r.text()));
        pack.parameters().values().forEach(p -> p.values().forEach(v -> quoted.add(v.text())));
        for (String text : quoted) {
            // "..." marks words left out of a quote; each part between them is quoted word for word.
            for (String part : text.split("\\.\\.\\.|…")) {
                if (!part.isBlank()) {
                    assertThat(seed).as("the Kiên Mộc plan quotes “%s”", part.strip()).contains(flat(part));
                }
            }
        }
    }

    /** Text as the extraction of the plan breaks it: one space for any run of spaces and line breaks. */
    private static String flat(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    @Test
    void noHaiPhongDeadlineOrReportingRuleIsCarriedOver() {
        assertThat(pack.parameters().keySet()).doesNotContain("conference.deadline", "plan.deadline",
                "results.deadline", "results.contents", "conference.form", "conference.name");
        assertThat(pack.rules().keySet()).doesNotContain("LS-01", "LS-03", "LS-15", "LS-16", "LS-17", "LS-18",
                "LS-19");
    }
}
