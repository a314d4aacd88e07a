package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packages of what a host embeds (tdkt-core: model, finding, engine, json, cases, and the pack format and the
 * rules' facts beside them) and of the batch module depend on one another without a cycle, and what a host embeds
 * never depends on the batch tooling.
 */
class PackageCycleTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tdkt");

    @Test
    void noPackageCycle() {
        slices().matching("vn.tdkt.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCoreDoesNotDependOnTheBatchTooling() {
        noClasses().that().resideInAnyPackage("vn.tdkt.model..", "vn.tdkt.finding..", "vn.tdkt.engine..",
                        "vn.tdkt.json..", "vn.tdkt.cases..", "vn.tdkt.pack..", "vn.tdkt.check..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.batch..", "vn.tdkt.sarif..")
                .check(CLASSES);
    }

    /**
     * What a host calls (the engine, the plan model, the findings and the JSON of plans and reports) shows neither the
     * pack format ({@code vn.tdkt.pack}) nor Jackson's {@link JsonNode} in a public or protected signature: a host
     * sees a pack as a {@code PackInfo}, so the format may change (its parameters, its bindings, how a value is held)
     * without breaking a host's build, and the tools that read and write packs are the only callers that must follow
     * it. A type of the format inside a generic type ({@code Map<String, PackDescriptor>}) counts too.
     */
    @Test
    void whatAHostCallsShowsNeitherThePackFormatNorJsonTrees() {
        members().that(reachableByHosts())
                .and().areDeclaredInClassesThat().resideInAnyPackage("vn.tdkt.engine", "vn.tdkt.model",
                        "vn.tdkt.finding", "vn.tdkt.json")
                .should(notShowThePackFormatOrJsonTrees())
                .check(CLASSES);
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    /** A public or protected member of a class a host can name (public, and each class enclosing it public). */
    private static DescribedPredicate<JavaMember> reachableByHosts() {
        return DescribedPredicate.describe("are reachable by hosts", member -> {
            if (!visible(member.getModifiers())) {
                return false;
            }
            for (JavaClass owner = member.getOwner(); owner != null; owner = owner.getEnclosingClass().orElse(null)) {
                if (!visible(owner.getModifiers())) {
                    return false;
                }
            }
            return true;
        });
    }

    private static ArchCondition<JavaMember> notShowThePackFormatOrJsonTrees() {
        return new ArchCondition<>("not have a type of vn.tdkt.pack or a JsonNode in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                List<JavaType> signature = new ArrayList<>();
                if (member instanceof JavaField field) {
                    signature.add(field.getType());
                } else if (member instanceof JavaCodeUnit code) {
                    signature.add(code.getReturnType());
                    signature.addAll(code.getParameterTypes());
                    code.getThrowsClause().getTypes().forEach(signature::add);
                }
                Set<String> shown = new LinkedHashSet<>();
                for (JavaType type : signature) {
                    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                        if (raw.getPackageName().equals("vn.tdkt.pack") || raw.isAssignableTo(JsonNode.class)) {
                            shown.add(raw.getName());
                        }
                    }
                }
                if (!shown.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(member, member.getFullName() + " shows " + shown));
                }
            }
        };
    }
}
