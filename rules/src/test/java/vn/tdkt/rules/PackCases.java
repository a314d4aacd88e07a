package vn.tdkt.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vn.tdkt.cases.PackCases.Case;
import vn.tdkt.cases.PackCases.CaseFile;
import vn.tdkt.engine.ComplianceEngine;

/**
 * The packs' cases ({@link vn.tdkt.cases.PackCases}: a base plan, changes, the findings they must and must not
 * bring) as JUnit dynamic tests, one per case, named {@code "<pack> <file>: <name>"}, and the coverage they show: a
 * case where {@code expect} names a rule shows it firing, one where {@code silent} names it shows it passing. The
 * coverage gate and the clause matrices read them. The files are read from the source tree (the rules jar leaves
 * {@code cases/} out).
 */
final class PackCases {
    private PackCases() {}

    /** The case files of every pack folder of the root. */
    static List<CaseFile> read(Path packsRoot) {
        return vn.tdkt.cases.PackCases.read(packsRoot);
    }

    /** The dynamic tests of the cases of every pack of the shipped packs' folders, on the class path's packs. */
    static Stream<DynamicTest> shipped() {
        return tests(ShippedPacks.PACKS, ComplianceEngine::forPack);
    }

    /** The dynamic tests of the cases under the root, each pack's evaluated with the engine the function gives. */
    static Stream<DynamicTest> tests(Path packsRoot, Function<String, ComplianceEngine> engines) {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile file : read(packsRoot)) {
            if (file.baseIsCompliant()) {
                tests.add(DynamicTest.dynamicTest(file.pack() + " " + file.fileName() + ": the base plan",
                        file.file().toUri(), () -> check(vn.tdkt.cases.PackCases.runBase(file,
                                engines.apply(file.pack())))));
            }
            for (Case c : file.cases()) {
                tests.add(DynamicTest.dynamicTest(file.testName(c), file.file().toUri(),
                        () -> check(vn.tdkt.cases.PackCases.run(file, c, engines.apply(file.pack())))));
            }
        }
        return tests.stream();
    }

    private static void check(vn.tdkt.cases.PackCases.Result result) {
        if (!result.passed()) {
            throw new AssertionError(result.file().pack() + " " + result.file().fileName() + ": " + result.name()
                    + " (" + result.file().file() + "):\n  " + String.join("\n  ", result.failures())
                    + "\nthe findings were:\n  " + String.join("\n  ", result.findings().stream()
                    .map(vn.tdkt.cases.PackCases::describe).toList()));
        }
    }

    // ---- coverage ----

    /** What the cases show: each expected rule fires in its case, each silent one passes. */
    static List<RuleCoverage.Hit> coverage(List<CaseFile> files) {
        List<RuleCoverage.Hit> hits = new ArrayList<>();
        for (CaseFile file : files) {
            for (Case c : file.cases()) {
                String test = file.fileName() + ": " + c.name();
                c.expect().forEach(e -> hits.add(new RuleCoverage.Hit(file.pack(), e.rule(), RuleCoverage.Outcome.FIRES,
                        test)));
                c.silent().forEach(r -> hits.add(new RuleCoverage.Hit(file.pack(), r, RuleCoverage.Outcome.PASSES,
                        test)));
            }
        }
        return hits;
    }

    /** The coverage of the shipped packs' rules by their cases alone. */
    static RuleCoverage.Report shippedCoverage() {
        return RuleCoverage.check(ShippedPacks.rulesByPack(), coverage(read(ShippedPacks.PACKS)));
    }
}
