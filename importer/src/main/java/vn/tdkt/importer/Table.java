package vn.tdkt.importer;

import java.util.List;

/**
 * A table of the document (a Word table, columns of a PDF's lines, "|" cells of a web copy): its rows, each with the
 * line that stands for it in the document's lines (its cells joined by " | ") and its cells, a merged cell once.
 *
 * @param rows the rows, the header row (labels) first when the table has one
 */
record Table(List<Row> rows) {
    /** A row: its line and its cells by column, a cell merged into its neighbour or the one above left empty. */
    record Row(SourceLine line, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The column whose header cell (folded) starts with one of the labels; -1 when none. */
    int column(String... labels) {
        if (rows.isEmpty()) {
            return -1;
        }
        List<String> header = rows.get(0).cells();
        for (int c = 0; c < header.size(); c++) {
            String f = Folded.key(header.get(c));
            for (String label : labels) {
                if (f.startsWith(label)) {
                    return c;
                }
            }
        }
        return -1;
    }
}
