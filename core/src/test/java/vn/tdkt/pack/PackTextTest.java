package vn.tdkt.pack;

import vn.tdkt.finding.GuidanceDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.finding.LocalizedText;

/** The parts of reading a pack.yaml that need no rules: the lines of a YAML document's keys, titles that name parameters. */
class PackTextTest {
    @Test
    void everyKeyOfAYamlDocumentHasItsLine() {
        YamlLines lines = YamlLines.of("""
                id: x
                parameters:
                  delegates.max:
                    values:
                      - {from: 2025-07-05, value: 150}
                      - from: 2025-08-01
                        value: 120
                rules:
                  XX-04:
                    check: delegates.cap
                """);
        assertThat(lines.line("id")).isEqualTo(1);
        assertThat(lines.line("parameters.delegates.max")).isEqualTo(3);
        assertThat(lines.line("parameters.delegates.max.values.1.value")).isEqualTo(7);
        assertThat(lines.line("rules.XX-04.check")).isEqualTo(10);
        assertThat(lines.line("rules.XX-04.clause")).as("a missing key: its parent's line").isEqualTo(9);
        assertThat(lines.line("nothing")).isZero();
        assertThat(YamlLines.of("a: [unclosed").line("a")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aTitleShowsTheParametersItNames() {
        Parameters p = new PackDescriptor("p", "1", "", List.of(), GUIDANCE, Map.of(
                "conference.deadline", parameter("conference.deadline", "\"2025-08-25\""),
                "conference.sessions", parameter("conference.sessions", "1"),
                "delegates.exemplarPercent", parameter("delegates.exemplarPercent", "70")),
                Map.of()).parametersOn(LocalDate.of(2025, 8, 8));
        assertThat(Titles.render(new LocalizedText("Hoàn thành trước ngày {conference.deadline}",
                "Held before {conference.deadline}"), p))
                .isEqualTo(new LocalizedText("Hoàn thành trước ngày 25/8/2025", "Held before 25 August 2025"));
        assertThat(Titles.render(new LocalizedText("Tổ chức trong {conference.sessions:length}",
                "Held within {conference.sessions:length}"), p))
                .isEqualTo(new LocalizedText("Tổ chức trong 01 buổi", "Held within one session"));
        assertThat(Titles.render(new LocalizedText("Cơ cấu {delegates.exemplarPercent}/{delegates.exemplarPercent:complement}",
                "x"), p).vi()).isEqualTo("Cơ cấu 70/30");
        assertThatThrownBy(() -> Titles.render(new LocalizedText("{delegates.max}", "x"), p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delegates.max");
    }

    private static ParameterDefinition parameter(String name, String json) {
        try {
            return new ParameterDefinition(name, "", List.of(new ParameterValue(LocalDate.of(2025, 7, 5),
                    new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class), "c", "t")), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final GuidanceDocument GUIDANCE = new GuidanceDocument("UBND", "1/KH", LocalDate.of(2025, 7, 5), "t", "c");
}
