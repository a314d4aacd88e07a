package vn.tdkt.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.tdkt.batch.BatchInputs;
import vn.tdkt.batch.BatchResult;
import vn.tdkt.batch.BatchRunner;
import vn.tdkt.batch.BatchSink;
import vn.tdkt.batch.BatchSummary;
import vn.tdkt.batch.CsvSummarySink;
import vn.tdkt.batch.GeneratedPlan;
import vn.tdkt.batch.HtmlReportSink;
import vn.tdkt.batch.NdjsonSink;
import vn.tdkt.batch.PackLookup;
import vn.tdkt.batch.PlanGenerator;
import vn.tdkt.batch.SarifSink;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackChoice;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanFormatException;
import vn.tdkt.json.PlanJson;
import vn.tdkt.json.ReportJson;
import vn.tdkt.sarif.SarifWriter;
import vn.tdkt.model.Plan;

/**
 * Generated plans, valid and mutated (bytes deleted, duplicated, swapped; cut short; values of the wrong type; huge
 * numbers; deep nesting; bytes that are no UTF-8), through the reader, the engine and every writer, one by one and as
 * a batch. What may happen is documented: a plan read or a {@link PlanFormatException}; a pack chosen or a {@link
 * PackException}; a report written. Anything else is tallied as unexpected, with its first examples kept.
 */
final class PlanFuzz {
    /** An input slower than this through the reader, the engine and the writers is tallied as a hang. */
    static final long HANG_NANOS = 10_000_000_000L;

    /** What the fuzz saw; thread-safe, shared by the runs of a property. */
    static final class Tally {
        final AtomicLong inputs = new AtomicLong();
        final AtomicLong mutated = new AtomicLong();
        final AtomicLong read = new AtomicLong();
        final AtomicLong evaluated = new AtomicLong();
        final AtomicLong batchInputs = new AtomicLong();
        final AtomicLong batchEvaluated = new AtomicLong();
        final AtomicLong batchRejected = new AtomicLong();
        final AtomicLong unbalanced = new AtomicLong();
        final AtomicLong hangs = new AtomicLong();
        final Map<String, AtomicLong> rejectedByKind = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
        final List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());

        void reject(String kind) {
            rejectedByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }

        void unexpected(String where, Throwable e, String input) {
            unexpected.computeIfAbsent(where + ": " + e.getClass().getName(), k -> new AtomicLong()).incrementAndGet();
            if (examples.size() < 10) {
                examples.add(where + ": " + e + "\n  input: " + (input.length() > 500 ? input.substring(0, 500) + "…" : input));
            }
        }

        long unexpectedCount() {
            return unexpected.values().stream().mapToLong(AtomicLong::get).sum() + unbalanced.get();
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "plans fuzz: %,d inputs (%,d mutated): read %,d, evaluated one by one %,d; "
                            + "rejected by kind %s; batch %,d inputs = %,d evaluated + %,d rejected, %,d unbalanced; "
                            + "unexpected %s; hangs over %d s %,d%s",
                    inputs.get(), mutated.get(), read.get(), evaluated.get(), rejectedByKind, batchInputs.get(),
                    batchEvaluated.get(), batchRejected.get(), unbalanced.get(), unexpected, HANG_NANOS / 1_000_000_000L,
                    hangs.get(), examples.isEmpty() ? "" : "\nfirst unexpected:\n" + String.join("\n", examples));
        }
    }

    private static final Packs PACKS = Packs.onClassPath();
    private static final ComplianceEngine HAI_PHONG = ComplianceEngine.forPack("hai-phong");
    private static final String[] WRONG = {"[]", "{}", "\"x\"", "true", "null", "-1", "0.5", "1e400",
        "123456789012345678901234567890", "\"2025-02-30\"", "\"\\u0000\"", "\"\\ud800\""};

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\"[A-Za-z]+\":");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(":(-?\\d+)");
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile(",\"[A-Za-z]+\":");

    private PlanFuzz() {}

    /** The plans of a seed, every other one mutated, one line each. */
    static List<byte[]> lines(long seed, int count, Tally tally) {
        Random random = new Random(seed);
        List<byte[]> lines = new ArrayList<>(count);
        Iterator<GeneratedPlan> plans = new PlanGenerator(seed).plans(PlanGenerator.provinces(), Long.MAX_VALUE).iterator();
        while (lines.size() < count) {
            byte[] line = PlanGenerator.toJsonLine(plans.next().plan()).getBytes(StandardCharsets.UTF_8);
            if (random.nextBoolean()) {
                line = mutate(line, random);
                tally.mutated.incrementAndGet();
            }
            lines.add(line);
        }
        return lines;
    }

    /** One to three mutations; never a line break nor a blank line, so that a line stays an input. */
    static byte[] mutate(byte[] line, Random random) {
        byte[] out = line;
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times; t++) {
            out = once(out, random);
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\n' || out[i] == '\r') {
                out[i] = ' ';
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1).isBlank() ? "{".getBytes(StandardCharsets.UTF_8) : out;
    }

    private static byte[] once(byte[] in, Random random) {
        if (in.length == 0) {
            return "{".getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(in.length);
        String text = new String(in, StandardCharsets.UTF_8);
        switch (random.nextInt(10)) {
            case 0: { // delete bytes
                int n = Math.min(in.length - at, 1 + random.nextInt(8));
                byte[] out = new byte[in.length - n];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + n, out, at, in.length - at - n);
                return out;
            }
            case 1: { // duplicate a run
                int n = Math.min(in.length - at, 1 + random.nextInt(64));
                byte[] out = new byte[in.length + n];
                System.arraycopy(in, 0, out, 0, at + n);
                System.arraycopy(in, at, out, at + n, in.length - at);
                return out;
            }
            case 2: { // swap two bytes
                byte[] out = in.clone();
                int other = random.nextInt(in.length);
                byte b = out[at];
                out[at] = out[other];
                out[other] = b;
                return out;
            }
            case 3: // cut short
                return java.util.Arrays.copyOf(in, at);
            case 4: { // a value of the wrong type
                java.util.regex.Matcher m = KEY.matcher(text);
                List<int[]> keys = new ArrayList<>();
                while (m.find()) {
                    keys.add(new int[] {m.start(), m.end()});
                }
                if (keys.isEmpty()) {
                    return in;
                }
                int[] key = keys.get(random.nextInt(keys.size()));
                int end = valueEnd(text, key[1]);
                return (text.substring(0, key[1]) + WRONG[random.nextInt(WRONG.length)] + text.substring(end))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 5: { // a huge number
                java.util.regex.Matcher m = NUMBER.matcher(text);
                if (!m.find(random.nextInt(Math.max(1, text.length() / 2)))) {
                    return in;
                }
                String huge = random.nextBoolean() ? "9".repeat(1 + random.nextInt(400)) : "1e" + random.nextInt(100_000);
                return (text.substring(0, m.start(1)) + huge + text.substring(m.end(1))).getBytes(StandardCharsets.UTF_8);
            }
            case 6: { // deep nesting
                int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 3_000);
                String open = random.nextBoolean() ? "[".repeat(depth) : "{\"a\":".repeat(depth);
                String close = open.startsWith("[") ? "]".repeat(depth) : "}".repeat(depth);
                int colon = text.indexOf(':', Math.min(at, text.length() - 1));
                if (colon < 0) {
                    return in;
                }
                int end = valueEnd(text, colon + 1);
                return (text.substring(0, colon + 1) + open + text.substring(colon + 1, end) + close + text.substring(end))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 7: { // bytes that are no UTF-8, or control characters
                byte[] out = in.clone();
                out[at] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x20));
                return out;
            }
            case 8: { // a random byte
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
            default: { // a field duplicated
                java.util.regex.Matcher m = FIELD.matcher(text);
                if (!m.find(Math.min(at, text.length() - 1))) {
                    return in;
                }
                int end = valueEnd(text, m.end());
                String field = text.substring(m.start(), end);
                return (text.substring(0, end) + field + text.substring(end)).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Where a JSON value starting at (or after spaces from) an offset ends, by brackets and strings; roughly. */
    private static int valueEnd(String text, int from) {
        int depth = 0;
        boolean string = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Each line alone through the reader, the pack choice, the engine and the writers. */
    static void oneByOne(List<byte[]> lines, Tally tally, int evaluateEvery) {
        SarifWriter sarif = new SarifWriter("fuzz", "https://example.org", List.of(PACKS.pack("hai-phong")));
        for (int i = 0; i < lines.size(); i++) {
            String json = new String(lines.get(i), StandardCharsets.UTF_8);
            tally.inputs.incrementAndGet();
            long start = System.nanoTime();
            Plan plan;
            try {
                plan = PlanJson.read(json, "fuzz-" + i + ".json");
                tally.read.incrementAndGet();
            } catch (PlanFormatException e) {
                tally.reject("PlanFormatException");
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                tally.unexpected("read", e, json);
                continue;
            }
            try {
                PackChoice choice = PACKS.choose(plan);
                if (i % evaluateEvery == 0) {
                    Report report = (i % 2 == 0 ? HAI_PHONG : PACKS.engine(choice.packId())).evaluate(plan, "fuzz-" + i);
                    ReportJson.line(report);
                    ReportJson.write(List.of(report));
                    sarif.write(List.of(report));
                    tally.evaluated.incrementAndGet();
                }
            } catch (PackException e) {
                tally.reject("PackException");
            } catch (RuntimeException | StackOverflowError e) {
                tally.unexpected("evaluate", e, json);
            }
            if (System.nanoTime() - start > HANG_NANOS) {
                tally.hangs.incrementAndGet();
            }
        }
    }

    /** The lines as one NDJSON stream. */
    private static byte[] ndjson(List<byte[]> lines) {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            ndjson.writeBytes(line);
            ndjson.write('\n');
        }
        return ndjson.toByteArray();
    }

    /** The four outputs of a batch of these lines on so many threads, as bytes: NDJSON, CSV, HTML, SARIF. */
    static List<byte[]> outputs(List<byte[]> lines, Path dir, int threads) throws IOException {
        byte[] ndjson = ndjson(lines);
        ByteArrayOutputStream reports = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        PackLookup packs = PackLookup.of(PACKS);
        Path html = dir.resolve("same-" + threads + ".html");
        Path sarif = dir.resolve("same-" + threads + ".sarif");
        BatchRunner.builder().threads(threads).sink(NdjsonSink.to(reports)).sink(CsvSummarySink.to(csv))
                .sink(new HtmlReportSink(html, null, packs, LocalDate.of(2025, 8, 1)))
                .sink(new SarifSink(sarif, "fuzz", "https://example.org", packs)).build()
                .run(BatchInputs.ndjson(new ByteArrayInputStream(ndjson), "same.ndjson"));
        return List.of(reports.toByteArray(), csv.toByteArray(), Files.readAllBytes(html), Files.readAllBytes(sarif));
    }

    /** All lines as one NDJSON stream through the batch runner and every sink; the counts must add up. */
    static void batch(List<byte[]> lines, Tally tally, Path dir, int threads) {
        byte[] ndjson = ndjson(lines);
        ByteArrayOutputStream reports = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AtomicLong delivered = new AtomicLong();
        try {
            PackLookup packs = PackLookup.of(PACKS);
            BatchRunner runner = BatchRunner.builder().threads(threads)
                    .sink(NdjsonSink.to(reports))
                    .sink(CsvSummarySink.to(csv))
                    .sink(new HtmlReportSink(dir.resolve("fuzz.html"), null, packs, LocalDate.of(2025, 8, 1)))
                    .sink(new SarifSink(dir.resolve("fuzz.sarif"), "fuzz", "https://example.org", packs))
                    .sink(new BatchSink() {
                        @Override
                        public void accept(BatchResult result) {
                            delivered.incrementAndGet();
                            if (result instanceof BatchResult.Rejected r) {
                                tally.reject("batch " + r.rejection().kind());
                            }
                        }
                    })
                    .build();
            BatchSummary summary = runner.run(BatchInputs.ndjson(new ByteArrayInputStream(ndjson), "fuzz.ndjson"));
            tally.batchInputs.addAndGet(summary.inputs());
            tally.batchEvaluated.addAndGet(summary.evaluated());
            tally.batchRejected.addAndGet(summary.rejected());
            long reportLines = reports.toString(StandardCharsets.UTF_8).lines().count();
            if (summary.inputs() != lines.size() || !summary.balanced()
                    || summary.inputs() != summary.evaluated() + summary.rejected()
                    || delivered.get() != lines.size() || reportLines != lines.size()
                    || Files.size(dir.resolve("fuzz.html")) == 0 || Files.size(dir.resolve("fuzz.sarif")) == 0) {
                tally.unbalanced.incrementAndGet();
                if (tally.examples.size() < 10) {
                    tally.examples.add("batch of " + lines.size() + ": " + summary.inputs() + " inputs = "
                            + summary.evaluated() + " + " + summary.rejected() + ", " + delivered.get() + " delivered, "
                            + reportLines + " NDJSON lines");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            tally.unexpected("batch", e, "a batch of " + lines.size());
        }
    }
}
