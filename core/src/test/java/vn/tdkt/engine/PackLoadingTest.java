package vn.tdkt.engine;

import vn.tdkt.finding.GuidanceDocument;
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
import vn.tdkt.model.Plan;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;

/**
 * The parts of reading packs that need no rules, as a host meets them: the files of a directory of packs, and the
 * choice of the baseline for a province without a pack.
 */
class PackLoadingTest {
    @TempDir
    Path dir;

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
        assertThat(packs.pack("child").parent()).isEqualTo("base");
        assertThat(vn.tdkt.pack.PackLibrary.onClassPath().withDirectory(dir).descriptor("child").origin())
                .isEqualTo(dir.resolve("child/pack.yaml").toString());
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
        Path file = write("base", BASELINE + "#" + "x".repeat((int) vn.tdkt.pack.PackLibrary.MAX_PACK_BYTES) + "\n");
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
        PackInfo fallback = new PackInfo("national", "1", "", List.of(), GUIDANCE, Map.of(), true,
                vn.tdkt.finding.Severity.WARNING, null, null);
        PackInfo haiPhong = new PackInfo("hai-phong", "1", "", List.of("Hải Phòng"),
                new GuidanceDocument("UBND", "3194/QĐ-UBND", LocalDate.of(2025, 8, 8), "t", "c"), Map.of());
        List<PackInfo> packs = List.of(fallback, haiPhong);
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
