package vn.tdkt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.engine.PackException;
import vn.tdkt.json.PlanJson;

/** Reading case files and applying their changes; running them needs packs, and is tested where packs are. */
class PackCasesTest {
    @TempDir
    Path dir;

    private Path cases(String yaml) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("hai-phong/cases"));
        Files.writeString(cases.resolve("base.json"), "{}");
        Files.writeString(cases.resolve("x.yaml"), yaml);
        return cases.resolve("x.yaml");
    }

    @Test
    void aCaseThatCannotFailIsRefused() throws IOException {
        Path file = cases("base: base.json\ncases:\n  - name: nothing asserted\n    set: {/delegation/total: 160}\n");
        assertThatThrownBy(() -> PackCases.read(dir)).isInstanceOf(PackException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("neither expect nor silent");
    }

    @Test
    void mistakesInACaseFileAreRefusedNamingTheFile() throws IOException {
        Path file = cases("base: base.json\ncases:\n  - name: a\n    sett: {}\n    silent: [HP-04]\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageStartingWith(file.toString())
                .hasMessageContaining("unknown key sett");
        cases("base: base.json\ncases:\n  - name: a\n    expect: [{rule: HP-04, severity: BAD, pointer: /x}]\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageContaining("severity BAD");
        cases("base: base.json\ncases:\n  - name: a\n    set: {delegation: 1}\n    silent: [HP-04]\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageContaining("not a JSON Pointer");
        cases("base: missing.json\ncases:\n  - name: a\n    silent: [HP-04]\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageContaining("cannot read the base plan");
        cases("base: base.json\ncases:\n  - name: a\n    silent: [HP-04]\n  - name: a\n    silent: [HP-05]\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageContaining("two cases are named");
    }

    @Test
    void changesFollowJsonPointers() throws IOException {
        JsonNode base = PlanJson.mapper().readTree("{\"a\": {\"b\": 1, \"l\": [1, 2]}}");
        PackCases.Case c = new PackCases.Case("c", new LinkedHashMap<>(Map.of(
                "/a/b", PlanJson.mapper().readTree("null"))), List.of("/a/l/0"), List.of(), List.of("X"));
        JsonNode changed = PackCases.apply(base, c);
        assertThat(changed.toString()).isEqualTo("{\"a\":{\"b\":null,\"l\":[2]}}");
        assertThat(base.toString()).as("the base is left as it was").isEqualTo("{\"a\":{\"b\":1,\"l\":[1,2]}}");
        PackCases.set(changed, "/a/l/-", PlanJson.mapper().readTree("3"));
        PackCases.set(changed, "/c/d", PlanJson.mapper().readTree("\"x\""));
        assertThat(changed.toString()).isEqualTo("{\"a\":{\"b\":null,\"l\":[2,3]},\"c\":{\"d\":\"x\"}}");
        assertThatThrownBy(() -> PackCases.remove(changed, "/nothing/here")).isInstanceOf(IllegalArgumentException.class);
    }
}
