package vn.tdkt.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;

/**
 * The inputs of a batch, as lazy streams: nothing is read before the batch asks for it, so a directory of 100,000 plans
 * or an NDJSON file of any length is never held in memory. Close the stream (the batch does) to close the files.
 */
public final class BatchInputs {
    /** What an NDJSON input may call itself when it is standard input. */
    public static final String STDIN = "-";

    private BatchInputs() {}

    /**
     * The {@code *.json} files anywhere under a directory, depth first, the entries of each directory in name order
     * (so two runs see the same order). A subdirectory that cannot be listed becomes an {@link BatchInput#unreadable}
     * input, so that the run reports it rather than skipping it. Symbolic links to directories are not followed.
     *
     * @throws IllegalArgumentException when {@code root} is not a directory
     */
    public static Stream<BatchInput> directory(Path root) {
        return directory(root, file -> false, null);
    }

    /**
     * The {@code *.json} files and the plan documents ({@code documents} says which files are) anywhere under a
     * directory, in the same order; a document becomes a {@link BatchInput#document} read by {@code reader}.
     */
    public static Stream<BatchInput> directory(Path root, java.util.function.Predicate<Path> documents,
                                               java.util.function.Function<Path, Plan> reader) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": not a directory");
        }
        return stream(new DirectoryWalk(root, documents, reader), () -> {});
    }

    /** Whether a directory holds at least one {@code *.json} file (stops at the first). */
    public static boolean hasPlanFiles(Path root) {
        try (Stream<BatchInput> inputs = directory(root)) {
            return inputs.anyMatch(input -> input instanceof BatchInput.PlanFile);
        }
    }

    /** Whether a directory holds at least one {@code *.json} file or plan document (stops at the first). */
    public static boolean hasPlanFiles(Path root, java.util.function.Predicate<Path> documents) {
        try (Stream<BatchInput> inputs = directory(root, documents, path -> null)) {
            return inputs.anyMatch(input -> input instanceof BatchInput.PlanFile);
        }
    }

    /**
     * The plans of an NDJSON stream, one per line, named by {@code source} and the line number. Each line is decoded
     * as UTF-8 on its own: a line that is not UTF-8 becomes an unreadable input naming its column, and the lines after
     * it are read (a malformed byte is never replaced by a character and checked as if the plan had said it).
     */
    public static Stream<BatchInput> ndjson(InputStream in, String source) {
        NdjsonLines lines = new NdjsonLines(in, source, (int) Math.min(Integer.MAX_VALUE - 16, PlanJson.MAX_BYTES));
        return stream(lines, () -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The plans of an NDJSON file, named by the file's path. */
    public static Stream<BatchInput> ndjson(Path file) throws IOException {
        return ndjson(Files.newInputStream(file), file.toString());
    }

    /** Generated plans as inputs, named by their file names. */
    public static Stream<BatchInput> generated(Stream<GeneratedPlan> plans) {
        return plans.map(p -> BatchInput.plan(p.plan(), p.fileName()));
    }

    /**
     * Several sources one after the other, each opened only when the one before it is used up and closed then. (Not
     * {@code Stream.flatMap}: iterating a flat-mapped stream reads each inner stream whole into memory.)
     */
    public static Stream<BatchInput> concat(List<Supplier<Stream<BatchInput>>> parts) {
        Concatenation concatenation = new Concatenation(List.copyOf(parts));
        return stream(concatenation, concatenation::close);
    }

    private static final class Concatenation implements Iterator<BatchInput> {
        private final Iterator<Supplier<Stream<BatchInput>>> parts;
        private Stream<BatchInput> current;
        private Iterator<BatchInput> inputs = java.util.Collections.emptyIterator();

        Concatenation(List<Supplier<Stream<BatchInput>>> parts) {
            this.parts = parts.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!inputs.hasNext()) {
                close();
                if (!parts.hasNext()) {
                    return false;
                }
                current = parts.next().get();
                inputs = current.iterator();
            }
            return true;
        }

        @Override
        public BatchInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return inputs.next();
        }

        void close() {
            if (current != null) {
                Stream<BatchInput> done = current;
                current = null;
                inputs = java.util.Collections.emptyIterator();
                done.close();
            }
        }
    }

    private static Stream<BatchInput> stream(Iterator<BatchInput> iterator, Runnable onClose) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(onClose);
    }

    /** A depth-first walk that lists one directory at a time, each in name order. */
    /** An iterator that finds its next input only when asked: a directory entry, a line of a stream. */
    private abstract static class Lookahead implements Iterator<BatchInput> {
        private BatchInput next;

        /** The next input, or null when there is none. */
        abstract BatchInput find();

        @Override
        public final boolean hasNext() {
            if (next == null) {
                next = find();
            }
            return next != null;
        }

        @Override
        public final BatchInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchInput input = next;
            next = null;
            return input;
        }
    }

    private static final class DirectoryWalk extends Lookahead {
        /** Per open directory, its remaining entries in order; the deepest on top. */
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private final java.util.function.Predicate<Path> documents;
        private final java.util.function.Function<Path, Plan> reader;

        DirectoryWalk(Path root, java.util.function.Predicate<Path> documents,
                      java.util.function.Function<Path, Plan> reader) {
            stack.push(List.of(root).iterator());
            this.documents = documents;
            this.reader = reader;
        }

        @Override
        BatchInput find() {
            while (!stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path entry = top.next();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        stack.push(sortedEntries(entry).iterator());
                    } catch (IOException | UncheckedIOException e) {
                        return BatchInput.unreadable(entry.toString(), 0, "cannot list the directory: " + message(e));
                    }
                } else if (entry.getFileName().toString().endsWith(".json") || documents.test(entry)) {
                    // every entry named as a plan is accounted for: one that is no regular file is a rejection
                    String notAFile = notAFile(entry);
                    if (notAFile != null) {
                        return BatchInput.unreadable(entry.toString(), 0, notAFile);
                    }
                    return entry.getFileName().toString().endsWith(".json") ? BatchInput.file(entry)
                            : BatchInput.document(entry, reader);
                }
            }
            return null;
        }

        /** Why an entry named as a plan is no plan file to read, or null when it is a regular file (or a link to one). */
        private static String notAFile(Path entry) {
            if (Files.isRegularFile(entry)) {
                return null;
            }
            if (Files.isSymbolicLink(entry)) {
                return Files.exists(entry) ? "a symbolic link to something that is not a file"
                        : "a symbolic link that leads nowhere (its target is missing, or the links form a loop)";
            }
            return Files.isDirectory(entry) ? "a directory named as a plan"
                    : "not a regular file (a pipe, a socket or a device): plans are read from files";
        }

        private static List<Path> sortedEntries(Path directory) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
                listing.forEach(entries::add);
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return entries;
        }

        private static String message(Exception e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }

    /**
     * The lines of an NDJSON stream, each kept to a bounded length: a line longer than the limit is read to its end
     * but not kept, and becomes an unreadable input. An I/O error of the stream itself is not an input's problem: it
     * ends the batch ({@link UncheckedIOException}).
     */
    static final class NdjsonLines extends Lookahead {
        private final InputStream in;
        private final String source;
        private final int maxBytes;
        private final byte[] buffer = new byte[16 * 1024];
        private byte[] line = new byte[1024];
        private int lineLength;
        private int position;
        private int limit;
        private boolean eof;
        private long lineNumber;

        NdjsonLines(InputStream in, String source, int maxBytes) {
            this.in = in;
            this.source = source;
            this.maxBytes = maxBytes;
        }

        @Override
        BatchInput find() {
            try {
                while (!eof) {
                    BatchInput line = readLine();
                    if (line != null) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + " after line " + lineNumber + ": "
                        + e.getMessage(), e);
            }
        }

        /** The next line as an input, or null for a blank line or the end of the stream. */
        private BatchInput readLine() throws IOException {
            lineLength = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        eof = true;
                        break;
                    }
                }
                sawAny = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong) {
                    if (lineLength + (position - start) > maxBytes) {
                        tooLong = true;
                        lineLength = 0;
                    } else {
                        append(start, position - start);
                    }
                }
                if (position < limit) { // a line break
                    position++;
                    break;
                }
            }
            if (!sawAny) {
                return null;
            }
            lineNumber++;
            if (tooLong) {
                return BatchInput.unreadable(source, lineNumber,
                        "the line is longer than " + maxBytes + " bytes; a plan may be at most "
                                + PlanJson.MAX_BYTES + " bytes");
            }
            int from = lineNumber == 1 && lineLength >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                    && (line[2] & 0xff) == 0xBF ? 3 : 0; // a byte order mark, dropped as in a plan file
            int to = lineLength > from && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
            String text;
            try {
                text = STRICT_UTF8.get().decode(java.nio.ByteBuffer.wrap(line, from, to - from)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return BatchInput.unreadable(source, lineNumber, notUtf8(from, to));
            }
            if (text.isBlank()) {
                return null;
            }
            return BatchInput.line(source, lineNumber, text);
        }

        private void append(int start, int length) {
            if (lineLength + length > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
            }
            System.arraycopy(buffer, start, line, lineLength, length);
            lineLength += length;
        }

        /** Where the line stops being UTF-8, in words: its column and the byte. */
        private String notUtf8(int from, int to) {
            java.nio.charset.CharsetDecoder decoder = STRICT_UTF8.get().reset();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(line, from, to - from);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(to - from);
            decoder.decode(bytes, chars, true);
            return String.format(java.util.Locale.ROOT, "column %d: the line is not UTF-8 text: the byte 0x%02X is not "
                    + "UTF-8 (a plan saved in another encoding, such as Windows-1258 or TCVN3?); write the stream as "
                    + "UTF-8", chars.position() + 1, line[bytes.position()] & 0xff);
        }
    }

    /** A decoder that refuses a malformed byte; one per thread, since decoders keep state. */
    private static final ThreadLocal<java.nio.charset.CharsetDecoder> STRICT_UTF8 = ThreadLocal.withInitial(() ->
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
}
