package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputsTest {

    @Test
    void aDirectoryIsWalkedDepthFirstInNameOrderTakingOnlyJsonFiles(@TempDir Path dir) throws IOException {
        for (String name : List.of("b/2.json", "b/10.json", "a/z.json", "a/sub/y.json", "c.json", "a/notes.txt",
                "a-b/x.json")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
        List<String> names;
        try (Stream<BatchInput> inputs = BatchInputs.directory(dir)) {
            names = inputs.map(i -> dir.relativize(Path.of(i.source())).toString().replace('\\', '/')).toList();
        }
        assertThat(names).containsExactly("a/sub/y.json", "a/z.json", "a-b/x.json", "b/10.json", "b/2.json", "c.json");
        assertThat(BatchInputs.hasPlanFiles(dir)).isTrue();
        assertThat(BatchInputs.hasPlanFiles(Files.createDirectory(dir.resolve("empty")))).isFalse();
        assertThatThrownBy(() -> BatchInputs.directory(dir.resolve("c.json"))).hasMessageContaining("not a directory");
    }

    @Test
    void ndjsonLinesKeepTheirNumbersSkippingBlankLines() {
        String text = "\uFEFF{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}";
        List<BatchInput> inputs = BatchInputs.ndjson(bytes(text), "in.ndjson").toList();

        assertThat(inputs).extracting(BatchInput::line).containsExactly(1L, 4L, 5L);
        assertThat(inputs).extracting(i -> ((BatchInput.JsonLine) i).json())
                .containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
        assertThat(inputs.get(1).label()).isEqualTo("in.ndjson:4");
    }

    @Test
    void anOverlongLineBecomesAnUnreadableInputAndTheNextLineIsRead() {
        String text = "{\"a\":1}\n" + "x".repeat(100) + "\n{\"b\":2}\n";
        BatchInputs.NdjsonLines lines = new BatchInputs.NdjsonLines(bytes(text), "in.ndjson", 50);
        List<BatchInput> inputs = new java.util.ArrayList<>();
        lines.forEachRemaining(inputs::add);

        assertThat(inputs).hasSize(3);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(BatchInput.Unreadable.class, u -> {
            assertThat(u.line()).isEqualTo(2);
            assertThat(u.reason()).contains("longer than 50 bytes");
        });
        assertThat(inputs.get(2).line()).isEqualTo(3);
    }

    @Test
    void aLineThatIsNotUtf8IsRejectedNamingItsColumnAndTheNextLineIsRead() {
        byte[] bad = "{\"unit\": {\"name\": \"H".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.write(0xE1); // "ả" in Windows-1258 is one byte, not UTF-8
        out.writeBytes("i Phòng\"}}\n{\"b\":\"Hải Phòng\"}\n".getBytes(StandardCharsets.UTF_8));
        List<BatchInput> inputs = BatchInputs.ndjson(new java.io.ByteArrayInputStream(out.toByteArray()), "in.ndjson")
                .toList();

        assertThat(inputs).hasSize(3);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(BatchInput.Unreadable.class, u -> {
            assertThat(u.line()).isEqualTo(2);
            assertThat(u.reason()).startsWith("column " + (bad.length + 1) + ": the line is not UTF-8 text: the byte 0xE1");
        });
        assertThat(((BatchInput.JsonLine) inputs.get(2)).json()).isEqualTo("{\"b\":\"Hải Phòng\"}");
    }

    private static java.io.InputStream bytes(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyStreamHasNoInputs() {
        assertThat(BatchInputs.ndjson(bytes(""), "-").count()).isZero();
        assertThat(BatchInputs.ndjson(bytes("\n\n"), "-").count()).isZero();
    }

    @Test
    void concatenatedSourcesAreOpenedOneAtATimeAndClosedWhenUsedUp() {
        List<String> events = new java.util.ArrayList<>();
        java.util.function.Function<String, java.util.function.Supplier<Stream<BatchInput>>> source = name -> () -> {
            events.add("open " + name);
            return Stream.iterate(1L, n -> n + 1).limit(3)
                    .map(n -> BatchInput.line(name, n, "{}"))
                    .onClose(() -> events.add("close " + name));
        };
        try (Stream<BatchInput> all = BatchInputs.concat(List.of(source.apply("a"), source.apply("b")))) {
            java.util.Iterator<BatchInput> it = all.iterator();
            assertThat(it.next().label()).isEqualTo("a:1");
            assertThat(events).containsExactly("open a");
            it.next();
            it.next();
            assertThat(it.next().label()).isEqualTo("b:1");
            assertThat(events).containsExactly("open a", "close a", "open b");
        }
        assertThat(events).containsExactly("open a", "close a", "open b", "close b");
    }

    @Test
    void aLongNdjsonStreamIsReadLazily() {
        // an endless stream: reading the first inputs must not try to read it all
        java.io.InputStream endless = new java.io.InputStream() {
            private final byte[] line = "{\"unit\":{\"name\":\"A\"}}\n".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                return line[at++ % line.length];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = line[at++ % line.length];
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
        List<Supplier<Stream<BatchInput>>> parts = List.of(() -> BatchInputs.ndjson(endless, "endless"));
        // as the batch reads it: through an iterator
        java.util.Iterator<BatchInput> it = BatchInputs.concat(parts).iterator();
        for (long n = 1; n <= 5; n++) {
            assertThat(it.next().line()).isEqualTo(n);
        }
    }

    @Test
    void everyEntryNamedAsAPlanIsAnInputEvenWhenItIsNoFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.createSymbolicLink(dir.resolve("b-dangling.json"), dir.resolve("missing.json"));
        Files.createSymbolicLink(dir.resolve("c-loop.json"), dir.resolve("c-loop.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("d-pipe.json").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;

        List<BatchInput> inputs;
        try (var stream = BatchInputs.directory(dir)) {
            inputs = stream.toList();
        }

        assertThat(inputs).hasSize(fifo ? 4 : 3);
        assertThat(inputs.get(0)).isInstanceOf(BatchInput.PlanFile.class);
        assertThat(inputs.subList(1, inputs.size())).allSatisfy(input -> {
            assertThat(input).isInstanceOf(BatchInput.Unreadable.class);
        });
        assertThat(((BatchInput.Unreadable) inputs.get(1)).reason()).contains("leads nowhere");
        if (fifo) {
            assertThat(((BatchInput.Unreadable) inputs.get(3)).reason()).contains("not a regular file");
        }
    }
}
