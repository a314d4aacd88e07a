package vn.tdkt.importer;

/**
 * One line of a document as the importer read it.
 *
 * @param number the line's number: in a text file its line, in a Word document its paragraph, in a PDF its line on
 *               the page; from 1
 * @param page   the page, for a PDF or a text with form feeds; null when the document has no pages
 * @param text   the line in Unicode NFC, as written
 */
public record SourceLine(int number, Integer page, String text) {
    /** Whether the line holds nothing but white space: an empty paragraph of Word, a gap between PDF lines. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
