package vn.tdkt.importer;

import java.util.List;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.ProgramItem;

/** Facts laid out in tables: the programme, the allocation of seats. */
final class TableReader {
    private TableReader() {}

    static List<ProgramItem> programme(ReadingContext context) {
        return null;
    }

    static List<Allocation> allocation(ReadingContext context) {
        return null;
    }
}
