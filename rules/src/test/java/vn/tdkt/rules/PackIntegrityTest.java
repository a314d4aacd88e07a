package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.engine.RuleDescription;
import vn.tdkt.finding.RuleIds;

/**
 * What every pack must hold to: built as the executable model, every DRL rule tied to a catalogue id and clause,
 * every id described with its clause text and the messages of all its outcomes, every parameter a rule reads defined.
 */
class PackIntegrityTest {
    private static final Pattern OUTCOME = Pattern.compile(
            "findings\\.(?:violation|warning|advice)\\(drools,\\s*\"([a-z-]+)\"|findings\\.report\\(drools,[^,]+,\\s*\"([a-z-]+)\"");

    /** A rule's consequence that changes working memory: what the sequential mode would not propagate. */
    private static final Pattern CHANGES_A_FACT = Pattern.compile(
            "\\bthen\\b[\\s\\S]*\\b(insert|insertLogical|modify|update|retract|delete)\\s*\\(");

    private final KieContainer container = KieServices.get().newKieClasspathContainer();

    /**
     * The packs' KieBases evaluate in Drools' sequential mode, which evaluates each rule once over the facts given and
     * ignores what a consequence changes; that is the same as the default mode only as long as no rule changes a fact.
     */
    @Test
    void noRuleChangesAFactSoTheSequentialModeChecksAsTheDefaultModeWould() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            ShippedPacks.ruleBodies(ShippedPacks.packagesOf(pack.kbase())).forEach((ruleId, bodies) -> {
                for (String body : bodies) {
                    assertThat(CHANGES_A_FACT.matcher(body).find())
                            .as("a rule of %s in %s changes a fact:%n%s", ruleId, pack.id(), body).isFalse();
                }
            });
        }
        assertThat(CHANGES_A_FACT.matcher("when $p : Plan() then modify($p) { }").find()).isTrue();
        assertThat(CHANGES_A_FACT.matcher("when $p : Plan() then findings.warning(drools, \"late\", null, null, null);")
                .find()).isFalse();
    }

    @Test
    void thePacksAreCompiledToTheExecutableModelAtBuildTime() {
        for (PackInfo pack : ComplianceEngine.packs()) {
            String kbase = ComplianceEngine.forPack(pack.id()).descriptor().kbase();
            assertThat(((KieContainerImpl) container).getKieModuleForKBase(kbase))
                    .as("the kie module of %s", kbase)
                    .isInstanceOf(CanonicalKieModule.class);
        }
    }

    @Test
    void theHaiPhongPackIsListedWithItsVersionAndDocument() {
        assertThat(ComplianceEngine.packs()).extracting(PackInfo::id).contains("hai-phong").doesNotContain("common");
        PackInfo pack = ComplianceEngine.forPack("hai-phong").pack();
        assertThat(pack.version()).isNotBlank();
        assertThat(pack.guidance().number()).isEqualTo("3194/QĐ-UBND");
        assertThat(pack.ruleCount()).isEqualTo(24);
    }

    @Test
    void everyRuleHasACatalogueIdAndAClauseThatThePackDescribes() {
        for (PackInfo pack : ComplianceEngine.packs()) {
            PackDescriptor descriptor = ComplianceEngine.forPack(pack.id()).descriptor();
            KieBase kieBase = container.getKieBase(descriptor.kbase());
            Set<String> idsInDrl = new TreeSet<>(RuleIds.ORDER);
            for (var kiePackage : kieBase.getKiePackages()) {
                for (Rule rule : kiePackage.getRules()) {
                    Map<String, Object> meta = rule.getMetaData();
                    assertThat(meta).as("metadata of rule '%s'", rule.getName()).containsKeys("ruleId", "clause");
                    String id = meta.get("ruleId").toString();
                    assertThat(RuleIds.isValid(id)).as("rule id %s", id).isTrue();
                    assertThat(rule.getName()).as("rule names start with their id").startsWith(id + " ");
                    assertThat(descriptor.rules()).as("pack %s describes %s", pack.id(), id).containsKey(id);
                    idsInDrl.add(id);
                }
            }
            assertThat(idsInDrl).as("every rule id the pack describes has DRL rules")
                    .containsExactlyInAnyOrderElementsOf(descriptor.rules().keySet());
            for (RuleDescription rule : descriptor.rules().values()) {
                assertThat(rule.clause()).as("clause of %s", rule.id()).isNotBlank();
                assertThat(rule.text()).as("quoted text of %s", rule.id()).isNotBlank();
                assertThat(rule.title()).as("title of %s", rule.id()).isNotNull();
            }
        }
    }

    @Test
    void everyOutcomeADrlRuleReportsHasAMessageInBothLanguages() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Map<String, List<String>> bodies = ShippedPacks.ruleBodies(ShippedPacks.packagesOf(pack.kbase()));
            assertThat(bodies).as("DRL rules of %s", pack.id()).isNotEmpty();
            bodies.forEach((ruleId, ruleBodies) -> {
                RuleDescription rule = pack.rule(ruleId);
                for (String body : ruleBodies) {
                    Matcher o = OUTCOME.matcher(body);
                    while (o.find()) {
                        String outcome = o.group(1) != null ? o.group(1) : o.group(2);
                        assertThat(rule.messages()).as("message '%s' of %s in %s", outcome, ruleId, pack.id())
                                .containsKey(outcome);
                        assertThat(rule.messages().get(outcome).vi()).isNotBlank();
                        assertThat(rule.messages().get(outcome).en()).isNotBlank();
                    }
                }
            });
        }
        // Outcomes named by a helper rather than a literal in the DRL: a step's outcome for a day or a commitment, and
        // a recipient's standing.
        assertThat(ComplianceEngine.forPack("hai-phong").descriptor().rule("HP-03").messages())
                .containsKeys("late", "late-commitment", "on-deadline", "on-deadline-commitment");
        for (String rule : List.of("HP-17", "HP-18")) {
            assertThat(ComplianceEngine.forPack("hai-phong").descriptor().rule(rule).messages())
                    .containsKeys("late", "late-commitment", "on-deadline", "on-deadline-commitment",
                            "recipient-arguable", "recipient-other", "recipient-own-unit");
        }
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndInForceFromTheGuidancesDate() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Set<String> used = new TreeSet<>();
            ShippedPacks.parametersByRule(ShippedPacks.packagesOf(pack.kbase())).values().forEach(used::addAll);
            assertThat(used).as("parameters read by %s", pack.id()).isNotEmpty();
            assertThat(pack.parameters().keySet()).as("parameters of %s", pack.id()).containsAll(used);
            var inForce = pack.parametersOn(pack.guidance().date());
            assertThat(inForce.values().keySet()).as("in force in %s", pack.id()).containsAll(used);
            pack.parameters().values().forEach(p -> p.values().forEach(v -> {
                assertThat(v.clause()).as("clause of %s", p.name()).isNotBlank();
                assertThat(v.text()).as("cited text of %s", p.name()).isNotBlank();
            }));
        }
    }
}
