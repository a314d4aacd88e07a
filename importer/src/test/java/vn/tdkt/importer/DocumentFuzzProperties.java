package vn.tdkt.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Plan documents mutated (a text's lines shuffled, dropped, doubled or garbled; a Word document's or a PDF's bytes
 * flipped or cut short) through {@link PlanImporter}: a plan or an {@link ImportException}, nothing else, each within
 * a time limit.
 *
 * <p>The long run: {@code mvn -B -o verify -Pfuzz} sets {@code tdkt.fuzz.documents} (10^4) and prints the tallies
 * (also in {@code importer/target/fuzz-documents.txt}).
 */
class DocumentFuzzProperties {
    static final long DOCUMENTS = Long.getLong("tdkt.fuzz.documents", 1_200);
    static final int TRIES = 12;
    static final long HANG_NANOS = 10_000_000_000L;

    static final AtomicLong INPUTS = new AtomicLong();
    static final AtomicLong PLANS = new AtomicLong();
    static final AtomicLong HANGS = new AtomicLong();
    static final AtomicLong SLOWEST = new AtomicLong();
    /** The long run tallies to the end, and fails then; the build's run fails at the first try that finds something. */
    static final boolean LONG_RUN = System.getProperty("tdkt.fuzz.documents") != null;
    static final Map<String, AtomicLong> REFUSED = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> UNEXPECTED = new ConcurrentHashMap<>();
    static final List<String> EXAMPLES = Collections.synchronizedList(new ArrayList<>());

    private static List<String> texts;
    private static List<byte[]> docx;
    private static List<byte[]> pdf;

    private static synchronized void load() throws IOException {
        if (texts != null) {
            return;
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                found.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Path dir = Files.createTempDirectory("tdkt-document-fuzz");
        List<byte[]> words = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < 3 && i < found.size(); i++) {
            words.add(Files.readAllBytes(Fixtures.docx(found.get(i), dir.resolve(i + ".docx"))));
            pdfs.add(Files.readAllBytes(Fixtures.pdf(found.get(i), dir.resolve(i + ".pdf"), 50, null)));
        }
        texts = found;
        docx = words;
        pdf = pdfs;
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void mutatedDocumentsGiveAPlanOrARefusal(@ForAll long seed) throws Exception {
        load();
        int perTry = (int) Math.max(1, DOCUMENTS / TRIES);
        new ForkJoinPool(2).submit(() -> IntStream.range(0, perTry).parallel().forEach(i -> one(new Random(seed + i))))
                .get();
        if (!LONG_RUN) {
            assertThat(UNEXPECTED).as("%s", tallies()).isEmpty();
            assertThat(HANGS.get()).as("%s", tallies()).isZero();
        }
    }

    private static void one(Random random) {
        String name;
        byte[] bytes;
        switch (random.nextInt(3)) {
            case 0 -> {
                name = "fuzz.txt";
                bytes = text(texts.get(random.nextInt(texts.size())), random).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                name = "fuzz.docx";
                bytes = flip(docx.get(random.nextInt(docx.size())), random);
            }
            default -> {
                name = "fuzz.pdf";
                bytes = flip(pdf.get(random.nextInt(pdf.size())), random);
            }
        }
        INPUTS.incrementAndGet();
        long start = System.nanoTime();
        try {
            PlanImporter.importBytes(bytes, name);
            PLANS.incrementAndGet();
        } catch (ImportException e) {
            REFUSED.computeIfAbsent(e.kind().name(), k -> new AtomicLong()).incrementAndGet();
            if (e.reason().contains("org.apache") || e.reason().contains("Exception")) {
                UNEXPECTED.computeIfAbsent("a library's words: " + e.reason(), k -> new AtomicLong()).incrementAndGet();
            }
        } catch (Throwable e) {
            UNEXPECTED.computeIfAbsent(name + ": " + e.getClass().getName(), k -> new AtomicLong()).incrementAndGet();
            if (EXAMPLES.size() < 10) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                EXAMPLES.add(name + ": " + trace.toString().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse(""));
            }
        }
        long took = System.nanoTime() - start;
        SLOWEST.accumulateAndGet(took, Math::max);
        if (took > HANG_NANOS) {
            long n = HANGS.incrementAndGet();
            if (n <= 5) {
                // kept to be read again alone: a hang, or a machine too busy?
                try {
                    Files.createDirectories(Path.of("target"));
                    Files.write(Path.of("target/fuzz-slow-" + n + "-" + name), bytes);
                } catch (IOException e) {
                    // the tally says it all the same
                }
                EXAMPLES.add(String.format(Locale.ROOT, "%s took %.1f s: target/fuzz-slow-%d-%s", name, took / 1e9, n, name));
            }
        }
    }

    /** A text's lines shuffled in part, dropped, doubled, garbled with any characters, cut into "|" cells. */
    static String text(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int times = 1 + random.nextInt(6);
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 1 -> lines.remove(at);
                case 2 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 3 -> {
                    StringBuilder line = new StringBuilder(lines.get(at));
                    for (int k = 0; k < 1 + random.nextInt(10); k++) {
                        int c = random.nextInt(5) == 0 ? random.nextInt(0x20) : random.nextInt(0x2FFF);
                        if (Character.isSurrogate((char) c)) {
                            c = 'x';
                        }
                        line.insert(random.nextInt(line.length() + 1), (char) c);
                    }
                    lines.set(at, line.toString());
                }
                case 4 -> lines.set(at, String.join(" | ", lines.get(at).split(" ")));
                default -> Collections.shuffle(lines.subList(at, Math.min(lines.size(), at + 1 + random.nextInt(30))), random);
            }
        }
        return String.join(random.nextInt(8) == 0 ? "\r\n" : "\n", lines);
    }

    /** Bytes flipped here and there, now and then the file cut short. */
    static byte[] flip(byte[] bytes, Random random) {
        byte[] out = random.nextInt(6) == 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes.clone();
        int flips = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
        for (int f = 0; f < flips && out.length > 0; f++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    static String tallies() {
        return String.format(Locale.ROOT, "documents fuzz: %,d inputs: %,d plans, refused by kind %s; unexpected %s; "
                        + "hangs over %d s %,d; slowest %.1f s%s", INPUTS.get(), PLANS.get(), REFUSED, UNEXPECTED,
                HANG_NANOS / 1_000_000_000L, HANGS.get(), SLOWEST.get() / 1e9, EXAMPLES.isEmpty() ? "" : "\n" + String.join("\n", EXAMPLES));
    }

    @AfterContainer
    static void printTallies() throws IOException {
        System.out.println(tallies());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-documents.txt"), tallies() + System.lineSeparator());
        if (LONG_RUN) {
            assertThat(UNEXPECTED).as("%s", tallies()).isEmpty();
            assertThat(HANGS.get()).as("%s", tallies()).isZero();
        }
    }
}
