package vn.tdkt.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** How the batch's outputs reach their files so that an interrupted run never leaves a half-written one. */
final class OutputFiles {
    private OutputFiles() {}

    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a whole document (HTML, SARIF) to a temporary file beside the target and moves it into place: the target
     * is either the old file or the complete new one, never a part. A target that is not a regular file (a symbolic
     * link, a device, a pipe) is written through instead, so that it stays what it is.
     */
    static void writeAtomically(Path target, Content content) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // a symbolic link, a device or a pipe (/dev/stdout) is written through, never replaced by a file
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8), 64 * 1024)) {
                content.writeTo(out);
            }
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // not Files.createTempFile: its owner-only permissions would stay on the output
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 64 * 1024)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A file written one complete record at a time: each record is one write of its bytes, flushed at once. If a write
     * fails part way (a full disk), the file is cut back to the end of the last complete record before the error is
     * passed on, so the file always ends on a record boundary.
     */
    static final class RecordFile implements Closeable {
        private final SeekableByteChannel channel;
        private final OutputStream stream;
        private long written;

        private RecordFile(SeekableByteChannel channel, OutputStream stream) {
            this.channel = channel;
            this.stream = stream;
        }

        /** Creates (or empties) the file, and its directories. */
        static RecordFile create(Path file) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new RecordFile(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), null);
        }

        /** Records to an open channel, from its current end. */
        static RecordFile over(SeekableByteChannel channel) throws IOException {
            RecordFile file = new RecordFile(channel, null);
            file.written = channel.size();
            return file;
        }

        /** Records to a stream (standard output); closing the record file flushes the stream but leaves it open. */
        static RecordFile of(OutputStream out) {
            return new RecordFile(null, out);
        }

        void write(String record) throws IOException {
            byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
            if (stream != null) {
                stream.write(bytes);
                stream.flush();
                return;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                try {
                    channel.truncate(written);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            written += bytes.length;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.flush();
            } else {
                channel.close();
            }
        }
    }
}
