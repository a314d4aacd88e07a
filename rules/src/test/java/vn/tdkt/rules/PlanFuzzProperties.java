package vn.tdkt.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The plan fuzz in the build: eight thousand plans, half of them mutated, through the reader, the engine and every
 * writer, one by one and as batches. Only the documented exceptions, batches whose counts add up, no hang.
 *
 * <p>The long run: {@code mvn -B -o verify -Pfuzz -pl rules -am} sets {@code tdkt.fuzz.plans} (10^6) and prints the
 * tallies (also in {@code rules/target/fuzz-plans.txt}).
 */
class PlanFuzzProperties {
    /** Plans over all tries: 8,000 in the build, as many as the property says in the long run. */
    static final long PLANS = Long.getLong("tdkt.fuzz.plans", 8_000);
    static final int TRIES = 12;
    /** A batch's plans at most: the HTML and SARIF outputs hold a batch's reports until it ends. */
    static final int BATCH = 5_000;
    /** One plan in this many read is also evaluated alone (all in the build; the batches evaluate all of them). */
    static final int EVALUATE_EVERY = PLANS > 100_000 ? 200 : 1;

    static final PlanFuzz.Tally TALLY = new PlanFuzz.Tally();

    @Property(tries = TRIES, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void plansAndTheirMutationsMeetOnlyDocumentedRefusals(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("tdkt-fuzz");
        long perTry = Math.max(1, PLANS / TRIES);
        for (long done = 0; done < perTry; done += BATCH) {
            int count = (int) Math.min(BATCH, perTry - done);
            List<byte[]> lines = PlanFuzz.lines(seed + done, count, TALLY);
            PlanFuzz.oneByOne(lines, TALLY, EVALUATE_EVERY);
            PlanFuzz.batch(lines, TALLY, dir, 2);
        }
        if (System.getProperty("tdkt.fuzz.plans") == null) {
            assertThat(TALLY.unexpectedCount()).as("%s", TALLY).isZero();
            assertThat(TALLY.hangs.get()).as("%s", TALLY).isZero();
        }
    }

    @Property(tries = 3, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void theOutputsAreByteIdenticalAcrossRunsAndThreadCounts(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("tdkt-same");
        List<byte[]> lines = PlanFuzz.lines(seed, 600, new PlanFuzz.Tally());
        List<byte[]> one = PlanFuzz.outputs(lines, dir, 1);
        for (int threads : new int[] {1, 2, 4}) {
            List<byte[]> again = PlanFuzz.outputs(lines, dir, threads);
            for (int i = 0; i < one.size(); i++) {
                assertThat(again.get(i)).as("output %d on %d threads", i, threads).isEqualTo(one.get(i));
            }
        }
    }

    @AfterContainer
    static void printTallies() throws IOException {
        String tallies = TALLY.toString();
        System.out.println(tallies);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-plans.txt"), tallies + System.lineSeparator());
        // The long run tallies every plan, and fails here at the end if it found anything.
        assertThat(TALLY.unexpectedCount()).as("%s", TALLY).isZero();
        assertThat(TALLY.hangs.get()).as("%s", TALLY).isZero();
    }
}
