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
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.RuleDescription;

/**
 * The Lạng Sơn pack's descriptor against its own DRL files: every outcome a rule reports has a message in both
 * languages, every parameter a rule reads is defined and in force from the guidance's date with its clause and
 * text, every rule cites 199/KH-UBND as relayed (or the national guidance as relayed) and quotes the Kiên Mộc plan word
 * for word, and the pack encodes none of Hải Phòng's deadlines.
 */
class LangSonPackTest {
    private static final Path DRL_DIR = Path.of("src/main/resources/vn/tdkt/rules/langson");
    private static final Path SEED = Path.of(System.getProperty("user.dir")).resolve("../examples/seeds/003-kien-moc.txt");
    private static final Pattern RULE = Pattern.compile(
            "rule \"[^\"]*\"\\s*@ruleId\\(\"([A-Z]+-\\d+)\"\\)(.*?)\\nend", Pattern.DOTALL);
    private static final Pattern OUTCOME = Pattern.compile(
            "findings\\.(?:violation|warning|advice)\\(drools,\\s*\"([a-z-]+)\"|findings\\.report\\(drools,[^,]+,\\s*\"([a-z-]+)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\$p\\.(?:integer|decimal|date|text|texts)\\(\"([a-zA-Z.]+)\"\\)");

    private final PackDescriptor pack = ComplianceEngine.forPack("lang-son").descriptor();

    @Test
    void everyOutcomeALangSonRuleReportsHasAMessageInBothLanguages() throws IOException {
        Map<String, Set<String>> outcomesByRule = new TreeMap<>();
        for (String drl : drlSources()) {
            Matcher r = RULE.matcher(drl);
            while (r.find()) {
                Matcher o = OUTCOME.matcher(r.group(2));
                while (o.find()) {
                    outcomesByRule.computeIfAbsent(r.group(1), k -> new TreeSet<>())
                            .add(o.group(1) != null ? o.group(1) : o.group(2));
                }
            }
        }
        assertThat(outcomesByRule).isNotEmpty();
        assertThat(outcomesByRule.keySet()).allMatch(id -> id.startsWith("LS-"));
        outcomesByRule.forEach((ruleId, outcomes) -> {
            RuleDescription rule = pack.rule(ruleId);
            for (String outcome : outcomes) {
                assertThat(rule.messages()).as("message '%s' of %s", outcome, ruleId).containsKey(outcome);
                assertThat(rule.messages().get(outcome).vi()).isNotBlank();
                assertThat(rule.messages().get(outcome).en()).isNotBlank();
            }
        });
        // LS-10 reports the codes of the order rules it breaks.
        assertThat(pack.rule("LS-10").messages()).containsKeys("opening-first", "closing-last",
                "report-before-launch", "launch-before-response");
    }

    @Test
    void everyParameterALangSonRuleReadsIsDefinedAndInForceFromTheGuidancesDate() throws IOException {
        Set<String> used = new HashSet<>();
        for (String drl : drlSources()) {
            Matcher m = PARAMETER.matcher(drl);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        // The consistency rules and the shared helpers read these in every pack.
        used.add("guidance.number");
        used.add("deadline.reading");
        assertThat(pack.parameters().keySet()).containsAll(used);
        var inForce = pack.parametersOn(pack.guidance().date());
        assertThat(inForce.values().keySet()).containsAll(used);
        pack.parameters().values().forEach(p -> p.values().forEach(v -> {
            assertThat(v.from()).as("first value of %s", p.name()).isEqualTo(pack.guidance().date());
            assertThat(v.clause()).as("clause of %s", p.name()).isNotBlank();
            assertThat(v.text()).as("cited text of %s", p.name()).isNotBlank();
        }));
        assertThat(inForce.text("guidance.number")).isEqualTo("199/KH-UBND");
    }

    @Test
    void everyRuleCitesTheRelayedGuidanceAndQuotesTheRelayingPlan() {
        pack.rules().values().stream().filter(r -> r.id().startsWith("LS-")).forEach(rule -> {
            assertThat(rule.document()).as("document of %s", rule.id())
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

    private static List<String> drlSources() throws IOException {
        try (Stream<Path> files = Files.list(DRL_DIR)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
