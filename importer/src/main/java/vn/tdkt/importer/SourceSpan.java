package vn.tdkt.importer;

/**
 * Where in the document an imported fact was read: the lines and their text.
 *
 * @param page      the page, or null when the document has no pages
 * @param firstLine the first line
 * @param lastLine  the last line (a sentence broken across lines spans several)
 * @param text      the words of those lines, joined with single spaces
 */
public record SourceSpan(Integer page, int firstLine, int lastLine, String text) {
    /** "line 43", "lines 162-164", "page 2, line 5". */
    public String where() {
        String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        return page == null ? lines : "page " + page + ", " + lines;
    }

    /** The quote a finding shows: "line 43: 2. Thoi gian to chire: Dy kién 01 ngdy, ...". */
    public String quote() {
        return where() + ": " + text;
    }
}
