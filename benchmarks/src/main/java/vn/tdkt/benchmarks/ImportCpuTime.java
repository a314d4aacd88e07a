package vn.tdkt.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;
import vn.tdkt.importer.PlanImporter;

/**
 * The CPU time of the importing thread per plan, warm: on a machine shared with other work the wall time JMH measures
 * counts the time the thread waited for a core; this counts the time it ran. The same documents as {@link
 * ImportBenchmark}. Run from the project's root:
 * {@code java -cp benchmarks/target/benchmarks.jar vn.tdkt.benchmarks.ImportCpuTime}.
 */
public final class ImportCpuTime {
    private ImportCpuTime() {}

    public static void main(String[] args) throws Exception {
        String text = Files.readString(ImportBenchmark.seed(), StandardCharsets.UTF_8);
        byte[] docx = ImportBenchmark.docx(text);
        byte[] pdf = ImportBenchmark.pdf(text);
        // Twice: the second round is the one to read, every path compiled by then.
        for (int round = 1; round <= 2; round++) {
            System.out.println("round " + round);
            report("text", () -> PlanImporter.importText(text, "ke-sat.txt"), 1);
            report("docx", () -> PlanImporter.importBytes(docx, "ke-sat.docx"), 1);
            report("pdf, a page", () -> PlanImporter.importBytes(pdf, "ke-sat.pdf"), ImportBenchmark.PDF_PAGES);
        }
    }

    private static void report(String what, Supplier<Object> work, int per) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 500; i++) {
            work.get();
        }
        int runs = 300;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs / per;
        double wallMs = (System.nanoTime() - wall) / 1e6 / runs / per;
        System.out.printf("%-12s %6.2f ms CPU, %6.2f ms wall%n", what, cpuMs, wallMs);
    }
}
