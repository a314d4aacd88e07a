package vn.tdkt.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of what a host embeds (tdkt-core: model, finding, engine, json, cases) and of the batch module depend
 * on one another without a cycle, and what a host embeds never depends on the batch tooling.
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
                        "vn.tdkt.json..", "vn.tdkt.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.batch..", "vn.tdkt.sarif..")
                .check(CLASSES);
    }
}
