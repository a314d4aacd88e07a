package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a document as its layout gives them, built format by format: a table of data (a header row of labels,
 * or three columns and more) becomes a line per row, its cells joined by " | ", and a {@link Table}; a table that only
 * lays text out side by side (the header's two columns, the signature beside "Nơi nhận") becomes its columns' lines,
 * the left column first, as one reads them.
 */
final class Layout {
    /** The labels of a data table's header row ("TT | Thời gian | Nội dung | Người thực hiện"), folded. */
    private static final Pattern LABEL = Patterns.compile("^(?:s?tt|thoi gian|noi dung(?: cong viec)?|don vi(?: thuc hien)?"
            + "|so luong(?: dai bieu)?|ghi chu|nguoi thuc hien|thanh phan|co quan|chu tri|phoi hop|phu trach"
            + "|thoi han|nhiem vu|linh vuc|doi tuong)$");

    final List<SourceLine> lines = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final Set<SourceLine> rows = new HashSet<>();
    final Set<SourceLine> wrapped = new HashSet<>();

    void line(SourceLine line) {
        lines.add(line);
    }

    /** Whether a table's first row is a header of labels. */
    static boolean hasLabels(List<List<String>> cells) {
        if (cells.isEmpty()) {
            return false;
        }
        int labels = 0;
        for (String cell : cells.get(0)) {
            if (LABEL.matcher(Folded.key(cell)).matches()) {
                labels++;
            }
        }
        return labels >= 2;
    }

    /** Whether a table holds data (rows to read as rows) rather than text laid out side by side. */
    static boolean isData(List<List<String>> cells) {
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        return columns >= 3 || hasLabels(cells);
    }

    /** A row's line: its cells that say something, joined by " | ". */
    static String rowText(List<String> cells) {
        List<String> said = new ArrayList<>();
        for (String cell : cells) {
            if (!cell.isBlank()) {
                said.add(cell.strip());
            }
        }
        return String.join(" | ", said);
    }

    /** A table of data: a line per row at the given line numbers, and the table. */
    void table(List<List<String>> cells, List<Integer> numbers, Integer page) {
        List<Table.Row> tableRows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            SourceLine line = new SourceLine(numbers.get(r), page, DocumentText.clean(rowText(cells.get(r))));
            List<String> row = new ArrayList<>();
            for (String cell : cells.get(r)) {
                row.add(DocumentText.clean(cell).strip());
            }
            if (line.isBlank()) {
                continue;
            }
            lines.add(line);
            rows.add(line);
            tableRows.add(new Table.Row(line, List.copyOf(row)));
        }
        if (!tableRows.isEmpty()) {
            tables.add(new Table(List.copyOf(tableRows)));
        }
    }
}
