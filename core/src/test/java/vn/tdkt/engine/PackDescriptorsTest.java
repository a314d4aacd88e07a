package vn.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pack descriptors read from a class path built here: a baseline without rules or kbase, packs that name it as their
 * parent, and the errors of a parent that cannot be.
 */
class PackDescriptorsTest {
    @TempDir
    Path root;

    private static final String BASELINE = """
            id: baseline
            version: "1"
            jurisdiction: Toàn quốc
            listed: false
            guidance: {issuer: Bộ Nội vụ, number: 4758/HD-BNV, date: 2025-07-05, title: t, citation: c}
            parameters:
              delegates.max:
                direction: max
                values: [{from: 2025-07-05, value: 150, clause: c, text: "Tối đa 150 đại biểu."}]
              conference.sessions:
                direction: max
                values: [{from: 2025-07-05, value: 1, clause: c, text: "01 buổi"}]
            """;

    private static String child(String id, int cap) {
        return """
                id: %s
                version: "1"
                kbase: %s
                parent: baseline
                guidance: {issuer: UBND, number: 1/KH, date: 2025-08-08, title: t, citation: c}
                parameters:
                  delegates.max:
                    values: [{from: 2025-08-08, value: %d, clause: II.1, text: "Tối đa %d đại biểu."}]
                """.formatted(id, id, cap, cap);
    }

    /** Writes the packs and their index, and reads them as the engine does. */
    private Map<String, PackDescriptor> load(String... yamls) throws IOException {
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < yamls.length; i++) {
            Path file = root.resolve("packs/p" + i + ".yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, yamls[i]);
            index.append("packs/p").append(i).append(".yaml\n");
        }
        Path idx = root.resolve(PackDescriptors.INDEX);
        Files.createDirectories(idx.getParent());
        Files.writeString(idx, index);
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, null)) {
            return PackDescriptors.load(loader);
        }
    }

    @Test
    void aPackHoldsItsParentWhichIsNotListedAndNotMergedIn() throws IOException {
        Map<String, PackDescriptor> packs = load(BASELINE, child("tightened", 120));
        assertThat(packs).containsOnlyKeys("tightened");
        PackDescriptor pack = packs.get("tightened");
        assertThat(pack.parent().id()).isEqualTo("baseline");
        assertThat(pack.parent().kbase()).isNull();
        assertThat(pack.parent().parameters().get("delegates.max").direction())
                .isEqualTo(ParameterDefinition.Direction.MAX);
        assertThat(pack.parameters()).containsOnlyKeys("delegates.max");
        assertThat(pack.parametersOn(java.time.LocalDate.of(2025, 8, 8)).integer("delegates.max")).isEqualTo(120);
    }

    @Test
    void aRelaxedFixtureFailsTheCheckAndATightenedOnePassesIt() throws IOException {
        Map<String, PackDescriptor> packs = load(BASELINE, child("relaxed", 200), child("tightened", 120));
        assertThat(Tightening.check(packs.get("relaxed"))).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("pack relaxed, parameter delegates.max: 200 (from "
                        + "2025-08-08) against baseline's 150 (from 2025-07-05): the parent allows at most 150"));
        assertThat(Tightening.check(packs.get("tightened"))).isEmpty();
        assertThat(Tightening.notCarried(packs.get("tightened"))).containsExactly("conference.sessions");
    }

    @Test
    void anUnknownParentIsAnError() {
        assertThatThrownBy(() -> load(child("orphan", 120)))
                .isInstanceOf(PackException.class).hasMessageContaining("orphan").hasMessageContaining("baseline");
    }

    @Test
    void parentsInACycleAreAnError() {
        String a = child("a", 120).replace("parent: baseline", "parent: b");
        String b = child("b", 120).replace("parent: baseline", "parent: a");
        assertThatThrownBy(() -> load(a, b)).isInstanceOf(PackException.class).hasMessageContaining("cycle");
    }

    @Test
    void aListedPackWithoutKbaseIsAnError() {
        assertThatThrownBy(() -> load(BASELINE.replace("listed: false", "listed: true")))
                .isInstanceOf(PackException.class).hasMessageContaining("baseline").hasMessageContaining("kbase");
    }

    @Test
    void aPackWithRulesButNoKbaseIsAnError() {
        String withRules = BASELINE + """
                rules:
                  XX-1: {clause: c, text: t, title: {vi: v, en: e}}
                """;
        assertThatThrownBy(() -> load(withRules, child("tightened", 120)))
                .isInstanceOf(PackException.class).hasMessageContaining("XX-1").hasMessageContaining("kbase");
    }

    @Test
    void anUnknownDirectionIsAnErrorNamingPackAndParameter() {
        assertThatThrownBy(() -> load(BASELINE.replace("direction: max\n    values: [{from: 2025-07-05, value: 150",
                "direction: lower\n    values: [{from: 2025-07-05, value: 150"), child("tightened", 120)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("baseline").hasMessageContaining("delegates.max").hasMessageContaining("lower");
    }

    @Test
    void twoValuesFromOneDayAreAnErrorNamingThePack() {
        String twice = child("twice", 120).replace("text: \"Tối đa 120 đại biểu.\"}]",
                "text: a}, {from: 2025-08-08, value: 100, clause: c, text: b}]");
        assertThatThrownBy(() -> load(BASELINE, twice))
                .isInstanceOf(PackException.class).hasMessageContaining("twice").hasMessageContaining("2025-08-08");
    }
}
