package vn.tdkt.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON file's text, read as UTF-8 and nothing else: a byte that is not UTF-8 (a plan saved in Windows-1258 or TCVN3)
 * is an error that names its line and column, never a "?" or U+FFFD that the rules would then read as the plan's
 * words ("H?i Ph?ng" is no province). One rule for a byte-order mark everywhere: one at the start is dropped.
 */
final class Utf8Text {
    private Utf8Text() {}

    /** The file's text; a file over {@code maxBytes} is refused before it is read. */
    static String read(Path file, long maxBytes) {
        String source = file.toString();
        byte[] bytes;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // reading a pipe would wait for a writer that may never come
            throw new PlanFormatException(source, null, 0, 0, Files.isDirectory(file) ? "is a directory, not a file"
                    : "is not a regular file (a pipe, a socket or a device): plans are read from files", null);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new PlanFormatException(source, null, 0, 0,
                        "file is " + size + " bytes; a plan may be at most " + maxBytes + " bytes", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read file: " + reason(e), e);
        }
        return decode(bytes, source);
    }

    static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new PlanFormatException(source, null, line, column, String.format(
                    "the file is not UTF-8 text: the byte 0x%02X is not UTF-8 (a file saved in another encoding, such "
                            + "as Windows-1258 or TCVN3?); save it as UTF-8", bytes[at] & 0xff), null);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** An I/O error in words: its message, or what it is when it has none. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
