package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final Path DRL_ROOT = Path.of("src/main/resources/vn/tdkt/rules");
    private static final Pattern OUTCOME = Pattern.compile(
            "findings\\.(?:violation|warning|advice)\\(drools,\\s*\"([a-z-]+)\"|findings\\.report\\(drools,[^,]+,\\s*\"([a-z-]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("\\$p\\.(?:integer|decimal|date|text|texts)\\(\"([a-zA-Z.]+)\"\\)");

    private final KieContainer container = KieServices.get().newKieClasspathContainer();

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
    void everyOutcomeADrlFileReportsHasAMessageInBothLanguages() throws IOException {
        PackDescriptor pack = ComplianceEngine.forPack("hai-phong").descriptor();
        Map<String, Set<String>> outcomesByRule = outcomesInDrl();
        assertThat(outcomesByRule).isNotEmpty();
        outcomesByRule.forEach((ruleId, outcomes) -> {
            RuleDescription rule = pack.rule(ruleId);
            for (String outcome : outcomes) {
                assertThat(rule.messages()).as("message '%s' of %s", outcome, ruleId).containsKey(outcome);
                assertThat(rule.messages().get(outcome).vi()).isNotBlank();
                assertThat(rule.messages().get(outcome).en()).isNotBlank();
            }
        });
        // HP-10 reports the codes of the order rules it breaks.
        assertThat(pack.rule("HP-10").messages()).containsKeys("opening-first", "closing-last",
                "report-before-launch", "launch-before-response");
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndInForceFromTheGuidancesDate() throws IOException {
        PackDescriptor pack = ComplianceEngine.forPack("hai-phong").descriptor();
        Set<String> used = new HashSet<>();
        for (String drl : drlSources()) {
            Matcher m = PARAMETER.matcher(drl);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(pack.parameters().keySet()).containsAll(used);
        var inForce = pack.parametersOn(pack.guidance().date());
        assertThat(inForce.values().keySet()).containsAll(used);
        pack.parameters().values().forEach(p -> p.values().forEach(v -> {
            assertThat(v.clause()).as("clause of %s", p.name()).isNotBlank();
            assertThat(v.text()).as("cited text of %s", p.name()).isNotBlank();
        }));
    }

    /** rule id → the outcomes its DRL rules report, read from the DRL sources. */
    private static Map<String, Set<String>> outcomesInDrl() throws IOException {
        Map<String, Set<String>> outcomes = new TreeMap<>();
        Pattern rule = Pattern.compile("rule \"[^\"]*\"\\s*@ruleId\\(\"([A-Z]+-\\d+)\"\\)(.*?)\\nend", Pattern.DOTALL);
        for (String drl : drlSources()) {
            Matcher r = rule.matcher(drl);
            while (r.find()) {
                Matcher o = OUTCOME.matcher(r.group(2));
                while (o.find()) {
                    String outcome = o.group(1) != null ? o.group(1) : o.group(2);
                    outcomes.computeIfAbsent(r.group(1), k -> new TreeSet<>()).add(outcome);
                }
            }
        }
        return outcomes;
    }

    /** The DRL of the hai-phong kbase (its own package and the common one): the descriptor these checks read. */
    private static List<String> drlSources() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(DRL_ROOT.resolve("haiphong")),
                Files.walk(DRL_ROOT.resolve("common")))) {
            return files.filter(f -> f.toString().endsWith(".drl")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
