package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.pack.PackLibrary;
import vn.tdkt.pack.ParameterDefinition;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.pack.Tightening;

/**
 * Tightening only: a pack may name a baseline as its parent (the national wording its province passes down), and
 * then never relaxes it. A province may cap delegates at 120, never at 200; it may shorten a deadline, never extend
 * it. Nothing of the baseline is merged into a child; on its own it is the fallback pack of provinces without one.
 */
class PackTighteningTest {
    private static final Path SEEDS = Path.of(System.getProperty("user.dir")).resolve("../examples/seeds");

    private final PackDescriptor haiPhong = PackLibrary.onClassPath().descriptor("hai-phong");

    @Test
    void everyPackWithAParentOnlyTightensIt() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            List<Tightening.Relaxation> relaxed = Tightening.check(pack);
            assertTrue(relaxed.isEmpty(), () -> "pack " + pack.id() + " relaxes its parent:\n  "
                    + String.join("\n  ", relaxed.stream().map(Tightening.Relaxation::message).toList()));
            if (pack.parent() != null) {
                System.out.println("pack " + pack.id() + " tightens " + pack.parent().id() + "; parameters of "
                        + pack.parent().id() + " it does not define (so not compared): " + Tightening.notCarried(pack));
            }
        }
    }

    @Test
    void theProvincesPacksNameTheNationalBaseline() {
        for (String id : List.of("hai-phong", "lang-son")) {
            PackDescriptor pack = PackLibrary.onClassPath().descriptor(id);
            assertThat(pack.parent()).as("parent of %s", id).isNotNull();
            assertThat(pack.parent().id()).isEqualTo("national");
            assertThat(pack.parent().guidance().number()).isEqualTo("4758/HD-BNV");
        }
        // Shared with both the provinces' packs: delegates, the 70/30 composition, the period, the priority groups.
        assertThat(haiPhong.parameters().keySet()).containsAll(List.of("delegates.max", "delegates.exemplarPercent",
                "evaluation.from", "evaluation.to", "delegates.priorityGroups"));
    }

    @Test
    void theBaselineIsAListedFallbackThatNothingIsMergedFrom() {
        PackDescriptor national = haiPhong.parent();
        assertThat(ComplianceEngine.packs()).extracting(PackInfo::id).contains("national");
        assertThat(national.fallback()).isTrue();
        assertThat(national.severityCap()).isEqualTo(vn.tdkt.finding.Severity.WARNING);
        assertThat(national.note()).isNotNull();
        assertThat(national.parent()).isNull();
        assertThat(national.rules().keySet()).allMatch(id -> id.startsWith("QG-") || id.startsWith("CC-"))
                .doesNotContain("CC-4");
        // Nothing of the parent is merged into a child: the provinces' packs have none of its rules.
        for (String id : List.of("hai-phong", "lang-son")) {
            assertThat(ComplianceEngine.forPack(id).pack().rules().keySet()).as("rules of %s", id)
                    .noneMatch(r -> r.startsWith("QG-"));
        }
    }

    @Test
    void theBaselinesValuesThatBothTextsCarryDeclareHowAChildMayDiffer() {
        // The values both relaying texts carry bound the children; the others (a tolerance the texts leave open, what
        // the baseline itself allows to be optional) are the baseline's own and bound nobody.
        for (String name : List.of("delegates.max", "delegates.exemplarPercent", "conference.sessions",
                "evaluation.from", "evaluation.to", "delegates.priorityGroups", "programme.items",
                "activities.recommended")) {
            assertThat(haiPhong.parent().parameters().get(name).direction()).as("direction of national's %s", name)
                    .isNotNull();
        }
        assertThat(haiPhong.parent().parameters().get("delegates.max").direction())
                .isEqualTo(ParameterDefinition.Direction.MAX);
        assertThat(haiPhong.parent().parameters().get("delegates.priorityGroups").direction())
                .isEqualTo(ParameterDefinition.Direction.SUPERSET);
    }

    @Test
    void theBaselinesWordsAreCarriedByBothTheHaiPhongGuidanceAndTheKienMocPlan() throws IOException {
        String haiPhongGuidance = flat(Files.readString(SEEDS.resolve("001-hai-phong-guidance.txt")));
        String kienMoc = flat(Files.readString(SEEDS.resolve("003-kien-moc.txt")));
        // A text quoted in parts ("A ... B") is carried when each part is.
        haiPhong.parent().parameters().values().forEach(p -> p.values().forEach(v -> {
            for (String part : v.text().split("\\.\\.\\.")) {
                if (part.isBlank()) {
                    continue;
                }
                assertThat(haiPhongGuidance).as("the Hải Phòng guidance carries “%s”", part).contains(flat(part));
                assertThat(kienMoc).as("the Kiên Mộc plan carries “%s”", part).contains(flat(part));
            }
        }));
    }

    @Test
    void aChildThatCapsDelegatesAt200RelaxesTheBaselineAndOneThatCapsThemAt120Tightens() {
        List<Tightening.Relaxation> relaxed = Tightening.check(withCap(haiPhong, 200));
        assertThat(relaxed).singleElement().satisfies(r -> {
            assertThat(r.pack()).isEqualTo("hai-phong");
            assertThat(r.parameter()).isEqualTo("delegates.max");
            assertThat(r.message()).contains("hai-phong").contains("delegates.max").contains("200").contains("150")
                    .contains("national");
        });
        assertThat(Tightening.check(withCap(haiPhong, 120))).isEmpty();
        assertThat(Tightening.check(withCap(haiPhong, 150))).isEmpty();
    }

    /** The pack with another cap on delegates from the guidance's date, and the same parent. */
    private static PackDescriptor withCap(PackDescriptor pack, int cap) {
        Map<String, ParameterDefinition> parameters = new HashMap<>(pack.parameters());
        parameters.put("delegates.max", new ParameterDefinition("delegates.max", "cap", List.of(
                new ParameterValue(pack.guidance().date(), cap, "II.1", "Tối đa " + cap + " đại biểu."))));
        return pack.withParameters(parameters);
    }

    @Test
    void aLaterAmendmentThatRelaxesTheBaselineIsFoundToo() {
        Map<String, ParameterDefinition> parameters = new HashMap<>(haiPhong.parameters());
        parameters.put("delegates.max", new ParameterDefinition("delegates.max", "cap", List.of(
                new ParameterValue(LocalDate.of(2025, 8, 8), 150, "II.1", "150"),
                new ParameterValue(LocalDate.of(2025, 9, 1), 180, "amendment", "180"))));
        PackDescriptor amended = new PackDescriptor("amended", "0", "", List.of(), haiPhong.guidance(), parameters,
                haiPhong.rules()).withParent(haiPhong.parent());
        assertThat(Tightening.check(amended)).singleElement().satisfies(r -> {
            assertThat(r.day()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(r.message()).contains("180").contains("150");
        });
    }

    /**
     * Text compared as the seeds' extraction breaks it: one space for any run of blanks, no case, and no commas (the
     * Kiên Mộc plan writes "văn nghệ tuyên truyền" where Hải Phòng writes "văn nghệ, tuyên truyền").
     */
    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace(",", " ").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
