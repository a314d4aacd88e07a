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
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.finding.RuleIds;
import vn.tdkt.finding.RuleDescription;

/**
 * What every pack must hold to: one rule base built as the executable model, every DRL rule named by the check it
 * matches, every rule id of a pack bound to checks that have DRL rules and described with its clause text and the
 * messages of all its checks' outcomes, every parameter a check reads defined.
 */
class PackIntegrityTest {
    private static final Pattern OUTCOME = Pattern.compile(
            "findings\\.(?:violation|warning|advice)\\(drools,\\s*\"([a-z-]+)\"|findings\\.report\\(drools,[^,]+,\\s*\"([a-z-]+)\"");

    /** A rule's consequence that changes working memory: what the sequential mode would not propagate. */
    private static final Pattern CHANGES_A_FACT = Pattern.compile(
            "\\bthen\\b[\\s\\S]*\\b(insert|insertLogical|modify|update|retract|delete)\\s*\\(");

    /**
     * The rule base evaluates in Drools' sequential mode, which evaluates each rule once over the facts given and
     * ignores what a consequence changes; that is the same as the default mode only as long as no rule changes a fact.
     */
    @Test
    void noRuleChangesAFactSoTheSequentialModeChecksAsTheDefaultModeWould() {
        List<ShippedPacks.DrlRule> rules = ShippedPacks.drlRules();
        assertThat(rules).isNotEmpty();
        for (ShippedPacks.DrlRule rule : rules) {
            assertThat(CHANGES_A_FACT.matcher(rule.body()).find())
                    .as("rule \"%s\" of %s changes a fact:%n%s", rule.name(), rule.file(), rule.body()).isFalse();
        }
        assertThat(CHANGES_A_FACT.matcher("when $p : Plan() then modify($p) { }").find()).isTrue();
        assertThat(CHANGES_A_FACT.matcher("when $p : Plan() then findings.warning(drools, \"late\", null, null, null);")
                .find()).isFalse();
    }

    @Test
    void theRuleBaseIsTheExecutableModelBuiltAtBuildTime() {
        KieContainer container = KieServices.get().newKieClasspathContainer();
        assertThat(((KieContainerImpl) container).getKieModuleForKBase("tdkt"))
                .as("the kie module of the one rule base").isInstanceOf(CanonicalKieModule.class);
        // Every DRL rule of the sources is in the rule base every pack runs on.
        Set<String> names = new TreeSet<>();
        for (var kiePackage : container.getKieBase("tdkt").getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                ShippedPacks.drlRules().stream().map(ShippedPacks.DrlRule::name).toList());
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
    void everyDrlRuleIsNamedByItsCheckAndEveryBoundCheckHasDrlRules() {
        for (ShippedPacks.DrlRule rule : ShippedPacks.drlRules()) {
            assertThat(rule.name()).as("rule names start with their check's id").startsWith(rule.check() + ": ");
        }
        Map<String, List<ShippedPacks.DrlRule>> byCheck = ShippedPacks.rulesByCheck();
        for (PackDescriptor pack : ShippedPacks.listed()) {
            assertThat(pack.rules()).as("rules of %s", pack.id()).isNotEmpty();
            for (RuleDescription rule : pack.rules().values()) {
                assertThat(RuleIds.isValid(rule.id())).as("rule id %s", rule.id()).isTrue();
                assertThat(rule.checks()).as("checks of %s in %s", rule.id(), pack.id()).isNotEmpty();
                rule.checks().forEach(check -> assertThat(byCheck).as("DRL rules of check %s", check).containsKey(check));
                assertThat(rule.clause()).as("clause of %s", rule.id()).isNotBlank();
                assertThat(rule.text()).as("quoted text of %s", rule.id()).isNotBlank();
                assertThat(rule.title()).as("title of %s", rule.id()).isNotNull();
            }
        }
    }

    @Test
    void everyOutcomeADrlRuleReportsHasAMessageInBothLanguages() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Map<String, List<String>> bodies = ShippedPacks.ruleBodies(pack);
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
        assertThat(ComplianceEngine.forPack("hai-phong").pack().rule("HP-03").messages())
                .containsKeys("late", "late-commitment", "on-deadline", "on-deadline-commitment");
        for (String rule : List.of("HP-17", "HP-18")) {
            assertThat(ComplianceEngine.forPack("hai-phong").pack().rule(rule).messages())
                    .containsKeys("late", "late-commitment", "on-deadline", "on-deadline-commitment",
                            "recipient-arguable", "recipient-other", "recipient-own-unit");
        }
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndInForceFromTheGuidancesDate() {
        for (PackDescriptor pack : ShippedPacks.listed()) {
            Set<String> used = new TreeSet<>();
            ShippedPacks.parametersByRule(pack).values().forEach(used::addAll);
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
