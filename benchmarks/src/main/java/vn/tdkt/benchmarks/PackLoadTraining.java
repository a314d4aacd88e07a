package vn.tdkt.benchmarks;

import vn.tdkt.engine.ComplianceEngine;

/**
 * What a host does when it starts: loads the Hải Phòng pack and checks a plan. The build runs it once with
 * {@code -XX:ArchiveClassesAtExit} to make the class-data archive that {@link PackLoadWithArchiveBenchmark} starts
 * its JVMs with, as a host would start with an archive of its own.
 */
public final class PackLoadTraining {
    private PackLoadTraining() {}

    public static void main(String[] args) {
        ComplianceEngine engine = ComplianceEngine.forPack("hai-phong");
        engine.evaluate(PackLoadBenchmark.firstPlan());
    }
}
