package vn.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.model.Plan;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;

/**
 * The parts of reading packs that need no rules: the lines of a YAML document's keys, titles that name parameters,
 * the files of a directory of packs, and the choice of the baseline for a province without a pack.
 */
class PackLoadingTest {
    @TempDir
    Path dir;

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
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), "c", "t")), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final GuidanceDocument GUIDANCE = new GuidanceDocument("UBND", "1/KH", LocalDate.of(2025, 7, 5),
            "t", "c");

    private static final String BASELINE = """
            id: base
            version: "1"
            listed: false
            guidance: {issuer: Bộ Nội vụ, number: 4758/HD-BNV, date: 2025-07-05, citation: c}
            parameters:
              delegates.max:
                direction: max
                values: [{from: 2025-07-05, value: 150, clause: c, text: "Tối đa 150 đại biểu."}]
            """;

    private static final String CHILD = """
            id: child
            version: "1"
            parent: base
            provinces: [Quảng Ninh]
            guidance: {issuer: UBND, number: 9/KH, date: 2025-07-20, citation: c}
            parameters:
              delegates.max:
                values: [{from: 2025-07-20, value: 120, clause: II.2, text: "Tối đa 120 đại biểu."}]
            """;

    private Path write(String folder, String text) throws IOException {
        Path file = dir.resolve(folder).resolve("pack.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Packs load() {
        return Packs.onClassPath().withDirectory(dir);
    }

    @Test
    void theFoldersOfADirectoryArePacksThatMayTightenOneAnother() throws IOException {
        write("base", BASELINE);
        write("child", CHILD);
        Packs packs = load();
        assertThat(packs.list()).extracting(PackInfo::id).contains("child").doesNotContain("base");
        assertThat(packs.descriptor("child").parent().id()).isEqualTo("base");
        assertThat(packs.descriptor("child").origin()).isEqualTo(dir.resolve("child/pack.yaml").toString());
    }

    @Test
    void aPackWhoseIdIsNotItsFoldersNameIsRefused() throws IOException {
        write("base", BASELINE);
        Path file = write("quang-ninh", CHILD);
        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageStartingWith(file + ":1: id: ").hasMessageContaining("quang-ninh");
    }

    @Test
    void aPackReadAtRunTimeNamesItsBaseline() throws IOException {
        Path file = write("child", CHILD.replace("parent: base\n", ""));
        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageStartingWith(file + ":1: id: ").hasMessageContaining("parent: national");
    }

    @Test
    void aRuleFileBesideAPackIsRefused() throws IOException {
        write("base", BASELINE);
        Files.writeString(dir.resolve("base/rules.drl"), "rule \"x\" when then end");
        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageContaining("rules.drl").hasMessageContaining("data only");
    }

    @Test
    void aPackThatIsNotUtf8IsRefusedSayingSo() throws IOException {
        Path file = write("base", "");
        Files.write(file, BASELINE.replace("Bộ Nội vụ", "B\u00f4").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessage(file + ": not UTF-8 text; save the pack as UTF-8");
    }

    @Test
    void aHugePackIsRefusedUnread() throws IOException {
        Path file = write("base", BASELINE + "#" + "x".repeat((int) Packs.MAX_PACK_BYTES) + "\n");
        assertThatThrownBy(this::load).isInstanceOf(PackException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining("at most");
    }

    @Test
    void aDirectoryWithoutPacksAndAMissingDirectoryAreErrors() {
        assertThatThrownBy(this::load).isInstanceOf(PackException.class).hasMessageContaining("no pack.yaml");
        assertThatThrownBy(() -> Packs.onClassPath().withDirectory(dir.resolve("missing")))
                .isInstanceOf(PackException.class).hasMessageContaining("not a directory");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() throws IOException {
        Path file = write("base", BASELINE + "rules: [unclosed\n");
        assertThatThrownBy(this::load).isInstanceOf(PackException.class).hasMessageStartingWith(file + ":");
    }

    @Test
    void aPlanOfAKnownProvinceWithoutAPackGetsTheFallbackAndAnUnknownOneAnError() {
        PackDescriptor fallback = new PackDescriptor("national", "1", "", List.of(), GUIDANCE, Map.of(), Map.of(),
                true, vn.tdkt.finding.Severity.WARNING, null, "national", null);
        PackDescriptor haiPhong = new PackDescriptor("hai-phong", "1", "", List.of("Hải Phòng"),
                new GuidanceDocument("UBND", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "t", "c"), Map.of(), Map.of());
        List<PackDescriptor> packs = List.of(fallback, haiPhong);
        assertThat(PackChoice.choose(plan("TP. Hồ Chí Minh"), packs).packId()).isEqualTo("national");
        assertThat(PackChoice.choose(plan("TP. Hồ Chí Minh"), packs).reason()).contains("no pack of its own");
        assertThat(PackChoice.choose(plan("Hải Phòng"), packs).packId()).isEqualTo("hai-phong");
        assertThatThrownBy(() -> PackChoice.choose(plan("Atlantis"), packs)).isInstanceOf(PackException.class)
                .hasMessageContaining("no pack covers province Atlantis");
        assertThatThrownBy(() -> PackChoice.choose(plan(null), packs)).isInstanceOf(PackException.class);
    }

    private static Plan plan(String province) {
        return new Plan(new Unit("Kẻ Sặt", UnitLevel.COMMUNE, province, false, List.of()), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
