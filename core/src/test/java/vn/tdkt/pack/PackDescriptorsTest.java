package vn.tdkt.pack;

import vn.tdkt.finding.RuleDescription;
import vn.tdkt.finding.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
                parent: baseline
                guidance: {issuer: UBND, number: 1/KH, date: 2025-08-08, title: t, citation: c}
                parameters:
                  delegates.max:
                    values: [{from: 2025-08-08, value: %d, clause: II.1, text: "Tối đa %d đại biểu."}]
                """.formatted(id, cap, cap);
    }

    /** One shared check, delegates.cap, that reads delegates.max. */
    static final CheckCatalogue CATALOGUE = CheckCatalogue.of(Map.of("checks.drl", """
            rule "delegates.cap: more delegates than the cap"
            when
                $p : Check( id == "delegates.cap" )
                $plan : Plan( delegation.total > $p.integer("delegates.max") )
            then
                findings.violation(drools, "over-cap", "/delegation/total", $p.integer("delegates.max"), null);
            end
            """), Map.of("delegates.cap", new CheckCatalogue.Text(new LocalizedText("Tối đa {delegates.max} đại biểu",
            "At most {delegates.max} delegates"), Map.of("over-cap", new LocalizedText("vượt", "over")))));

    /** Reads the packs as a directory of packs is read: validated against the schema, then bound. */
    private Map<String, PackDescriptor> load(String... yamls) {
        List<PackDescriptors.Read> reads = new java.util.ArrayList<>();
        for (int i = 0; i < yamls.length; i++) {
            reads.add(PackDescriptors.parse(yamls[i], "p" + i + "/pack.yaml", true));
        }
        return PackDescriptors.resolve(reads, Map.of(), CATALOGUE);
    }

    @Test
    void aPackHoldsItsParentWhichIsNotListedAndNotMergedIn() throws IOException {
        Map<String, PackDescriptor> packs = load(BASELINE, child("tightened", 120));
        assertThat(packs).containsOnlyKeys("tightened");
        PackDescriptor pack = packs.get("tightened");
        assertThat(pack.parent().id()).isEqualTo("baseline");
        assertThat(pack.parent().parameters().get("delegates.max").direction())
                .isEqualTo(ParameterDefinition.Direction.MAX);
        assertThat(pack.parameters()).containsOnlyKeys("delegates.max");
        assertThat(pack.parametersOn(java.time.LocalDate.of(2025, 8, 8)).integer("delegates.max")).isEqualTo(120);
    }

    @Test
    void aRelaxedPackIsRefusedNamingBothValuesAndATightenedOneLoads() {
        assertThatThrownBy(() -> load(BASELINE, child("relaxed", 200))).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("pack relaxed, parameter delegates.max: 200 (from 2025-08-08) against "
                        + "baseline's 150 (from 2025-07-05): the parent allows at most 150");
        PackDescriptor tightened = load(BASELINE, child("tightened", 120)).get("tightened");
        assertThat(Tightening.check(tightened)).isEmpty();
        assertThat(Tightening.notCarried(tightened)).containsExactly("conference.sessions");
    }

    @Test
    void anUnknownParentIsAnError() {
        assertThatThrownBy(() -> load(child("orphan", 120)))
                .isInstanceOf(PackFormatException.class).hasMessageContaining("orphan").hasMessageContaining("baseline");
    }

    @Test
    void parentsInACycleAreAnError() {
        String a = child("a", 120).replace("parent: baseline", "parent: b");
        String b = child("b", 120).replace("parent: baseline", "parent: a");
        assertThatThrownBy(() -> load(a, b)).isInstanceOf(PackFormatException.class).hasMessageContaining("cycle");
    }

    @Test
    void aRuleBindsACheckAndTakesItsTitleMessagesAndParameters() {
        PackDescriptor pack = load(BASELINE, child("tightened", 120) + """
                rules:
                  TT-04: {check: delegates.cap, clause: II.1, text: "Tối đa 120 đại biểu."}
                """).get("tightened");
        RuleDescription rule = pack.rule("TT-04");
        assertThat(rule.checks()).containsExactly("delegates.cap");
        assertThat(rule.parameters()).containsExactly("delegates.max");
        assertThat(rule.title()).isEqualTo(new LocalizedText("Tối đa 120 đại biểu", "At most 120 delegates"));
        assertThat(rule.messages()).containsOnlyKeys("over-cap");
    }

    @Test
    void anUnknownCheckIsAnErrorNamingFileLineAndKey() {
        String yaml = child("tightened", 120) + """
                rules:
                  TT-04:
                    check: delegates.capp
                    clause: II.1
                    text: "Tối đa 120 đại biểu."
                """;
        assertThatThrownBy(() -> load(BASELINE, yaml)).isInstanceOf(PackFormatException.class)
                .hasMessageStartingWith("p1/pack.yaml:10: rules.TT-04.check: no check delegates.capp");
    }

    @Test
    void aMisspeltKeyIsRefusedByTheSchemaWithItsLine() {
        String yaml = child("tightened", 120) + """
                rules:
                  TT-04:
                    chek: delegates.cap
                    clause: II.1
                    text: "Tối đa 120 đại biểu."
                """;
        assertThatThrownBy(() -> load(BASELINE, yaml)).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("p1/pack.yaml:9: rules.TT-04").hasMessageContaining("chek");
    }

    @Test
    void aCheckWhoseParameterThePackLacksIsAnError() {
        String yaml = BASELINE.replace("id: baseline", "id: bare").replace("listed: false\n", "")
                .replace("delegates.max:", "delegates.other:") + """
                rules:
                  TT-04: {check: delegates.cap, clause: II.1, text: t}
                """;
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("rules.TT-04").hasMessageContaining("delegates.max");
    }

    @Test
    void aPackThatRelaxesItsParentIsRefusedOnLoad() {
        assertThatThrownBy(() -> load(BASELINE, child("relaxed", 200))).isInstanceOf(PackFormatException.class)
                .hasMessageContaining("p1/pack.yaml:6: parameters.delegates.max").hasMessageContaining("at most 150");
    }

    @Test
    void anUnknownDirectionIsAnErrorNamingPackAndParameter() {
        assertThatThrownBy(() -> load(BASELINE.replace("direction: max\n    values: [{from: 2025-07-05, value: 150",
                "direction: lower\n    values: [{from: 2025-07-05, value: 150"), child("tightened", 120)))
                .isInstanceOf(PackFormatException.class)
                .hasMessageStartingWith("p0/pack.yaml:8: parameters.delegates.max.direction: ")
                .hasMessageContaining("max").hasMessageContaining("no-later");
    }

    @Test
    void twoValuesFromOneDayAreAnErrorNamingThePack() {
        String twice = child("twice", 120).replace("text: \"Tối đa 120 đại biểu.\"}]",
                "text: a}, {from: 2025-08-08, value: 100, clause: c, text: b}]");
        assertThatThrownBy(() -> load(BASELINE, twice))
                .isInstanceOf(PackFormatException.class)
                .hasMessageStartingWith("p1/pack.yaml:6: parameters.delegates.max: ").hasMessageContaining("2025-08-08");
    }
}
