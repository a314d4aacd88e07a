package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.batch.PlanGenerator;

/**
 * {@code tdkt batch} started as a process and sent SIGTERM part way: the NDJSON and CSV outputs are whole records up
 * to the last one written, as many as the summary line says, and the summary line is printed.
 */
@DisabledOnOs(OS.WINDOWS)
class BatchSignalTest {
    private static final Pattern SUMMARY = Pattern.compile("tdkt batch: ([\\d,]+) inputs = ([\\d,]+) evaluated \\+ ([\\d,]+) rejected");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path plans;

    @BeforeAll
    static void plans() throws IOException {
        plans = dir.resolve("plans.ndjson");
        try (Writer out = Files.newBufferedWriter(plans, StandardCharsets.UTF_8)) {
            PlanGenerator.writeNdjson(new PlanGenerator(7).plans(PlanGenerator.provinces(), 30_000), out);
        }
    }

    /** Starts the tool; after the delay (or once its first NDJSON line is written, for a negative one) sends SIGTERM. */
    private Result run(long delayMillis, String name) throws Exception {
        Path ndjson = dir.resolve(name + ".ndjson");
        Path csv = dir.resolve(name + ".csv");
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, Tdkt.class.getName(), "batch",
                "--threads", "2", "--ndjson", ndjson.toString(), "--csv", csv.toString(), plans.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (delayMillis >= 0) {
            Thread.sleep(delayMillis);
        } else {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until && process.isAlive()
                    && (!Files.exists(ndjson) || Files.size(ndjson) == 0)) {
                Thread.sleep(20);
            }
        }
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends after SIGTERM").isTrue();
        return new Result(Files.readString(out) + Files.readString(err), ndjson.toFile(), csv.toFile());
    }

    record Result(String output, File ndjson, File csv) {
    }

    @ParameterizedTest(name = "SIGTERM after {0} ms")
    @ValueSource(longs = {100, 400, 700, 850, 1000, -1})
    void outputsAreWholeRecordsAndTheSummaryIsPrinted(long delay) throws Exception {
        Result result = run(delay, "run" + (delay < 0 ? "-started" : delay));
        Matcher m = SUMMARY.matcher(result.output());
        if (!m.find()) {
            // Signalled while the JVM itself was starting, before the tool ran: nothing was read, nothing written.
            assertThat(delay).as("a run under way always prints its summary: %s", result.output()).isBetween(0L, 1500L);
            assertThat(result.ndjson()).doesNotExist();
            assertThat(result.csv()).doesNotExist();
            return;
        }
        long inputs = Long.parseLong(m.group(1).replace(",", ""));
        assertThat(inputs).isEqualTo(Long.parseLong(m.group(2).replace(",", "")) + Long.parseLong(m.group(3).replace(",", "")));
        if (delay < 0) {
            assertThat(inputs).as("the run was under way").isPositive();
            assertThat(result.output()).contains("interrupted");
        }
        if (!result.ndjson().exists() || !result.csv().exists()) {
            // the outputs are opened one after the other before the run starts: a signal between them leaves the
            // later ones unopened, and nothing was read
            assertThat(inputs).isZero();
            return;
        }
        String ndjson = Files.readString(result.ndjson().toPath());
        List<String> lines = ndjson.lines().toList();
        assertThat(ndjson.isEmpty() || ndjson.endsWith("\n")).as("the NDJSON ends with a whole line").isTrue();
        assertThat((long) lines.size()).as("an NDJSON line per input counted").isEqualTo(inputs);
        for (String line : lines) {
            assertThat(JSON.readTree(line).isObject()).isTrue();
        }
        String csv = Files.readString(result.csv().toPath());
        assertThat(csv.isEmpty() || csv.endsWith("\n")).as("the CSV ends with a whole row").isTrue();
        long rows = csv.lines().count();
        assertThat(rows).as("a CSV row per input, after the header").isEqualTo(inputs == 0 && rows == 0 ? 0 : inputs + 1);
    }
}
