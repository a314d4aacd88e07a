package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.json.PlanJson;

/** Every case of every shipped pack ({@link PackCases}), and the runner's own checks. */
class PackCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryPack() {
        return PackCases.shipped();
    }

    @Test
    void everyListedPackHasCases() {
        List<PackCases.CaseFile> files = PackCases.read(ShippedPacks.PACKS);
        assertThat(files).extracting(PackCases.CaseFile::pack).containsAll(ShippedPacks.listedIds());
    }

    @Test
    void aCaseThatCannotFailIsRefused(@TempDir Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("hai-phong/cases"));
        Files.writeString(cases.resolve("base.json"), "{}");
        Files.writeString(cases.resolve("x.yaml"), "base: base.json\ncases:\n  - name: nothing asserted\n"
                + "    set: {/delegation/total: 160}\n");
        assertThatThrownBy(() -> PackCases.read(dir)).hasMessageContaining("neither expect nor silent");
    }

    @Test
    void changesFollowJsonPointers() throws IOException {
        JsonNode base = PlanJson.mapper().readTree("{\"a\": {\"b\": 1, \"l\": [1, 2]}}");
        PackCases.Case c = new PackCases.Case("c", new java.util.LinkedHashMap<>(java.util.Map.of(
                "/a/b", PlanJson.mapper().readTree("null"))), List.of("/a/l/0"), List.of(), List.of("X"));
        JsonNode changed = PackCases.apply(base, c);
        assertThat(changed.toString()).isEqualTo("{\"a\":{\"b\":null,\"l\":[2]}}");
        assertThat(base.toString()).isEqualTo("{\"a\":{\"b\":1,\"l\":[1,2]}}");
        PackCases.set(changed, "/a/l/-", PlanJson.mapper().readTree("3"));
        PackCases.set(changed, "/c/d", PlanJson.mapper().readTree("\"x\""));
        assertThat(changed.toString()).isEqualTo("{\"a\":{\"b\":null,\"l\":[2,3]},\"c\":{\"d\":\"x\"}}");
    }
}
