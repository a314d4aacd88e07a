package vn.tdkt.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text to a terminal with the control characters of plans shown, not obeyed: an ESC, a BEL, a NUL or a carriage
 * return in a unit's name or a quote becomes "\x1b", "\x07", "\x00", "\x0d", so that a plan cannot move the cursor,
 * rewrite a line or change the terminal's colours. The report's own colours are written with {@link #ESCAPE} in place
 * of ESC, which this writer alone turns into one.
 */
final class VisibleWriter extends FilterWriter {
    /** Stands for ESC in the report's own colour codes (a private-use character no plan's words need). */
    static final char ESCAPE = '\uE01B';

    /** A carriage return held back: it ends a line when a line feed follows (Windows), else it is shown. */
    private boolean carriageReturn;

    VisibleWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            out.write(c == '\n' ? "\r" : "\\x0d");
        }
        if (c == '\r') {
            carriageReturn = true;
        } else if (c == ESCAPE) {
            out.write(0x1b);
        } else if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))) {
            out.write(String.format("\\x%02x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void flush() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            out.write("\\x0d");
        }
        super.flush();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
