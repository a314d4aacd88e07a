package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.AllocationScope;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;

/**
 * Facts laid out in tables: the programme ("TT | Thời gian | Nội dung | Người thực hiện": an item per row, from its
 * content column) and the allocation of seats ("TT | Đơn vị | Số lượng | Ghi chú": a body and its count per row, the
 * "Tổng cộng" row no allocation). Each fact quotes its rows.
 */
final class TableReader {
    private static final Pattern SESSION_ROW = Patterns.compile("^(?:buoi\\s+)?(?:sang|chieu|toi)\\b[^a-z]*$|^phan\\s+\\S+\\s*:?$");
    private static final Pattern TOTAL_ROW = Patterns.compile("^(?:tong(?: cong| so)?|cong)\\s*:?$");
    private static final Pattern COUNT = Patterns.compile("^\\s*(\\d{1,4})\\s*(?:dai bieu|nguoi)?\\s*$");
    private static final Pattern EXEMPLAR_SEATS = Patterns.compile("\\bdien hinh\\b");
    private static final Pattern GUEST_SEATS = Patterns.compile("\\bkhach moi\\b");

    /**
     * An allocation table's seats, and its total row when it adds them up: the number of delegates it states.
     *
     * @param seats the seats per body; null when the plan has no such table
     * @param total the total row's count, when the seats add up to it and are all the seats; else null
     * @param where the total row
     */
    record Allocations(List<Allocation> seats, Integer total, SourceSpan where) {
        static final Allocations NONE = new Allocations(null, null, null);
    }

    private TableReader() {}

    /** The first table whose content column lists the guidance's items: at least three rows, half of them known. */
    static List<ProgramItem> programme(ReadingContext context) {
        for (Table table : context.document.tables()) {
            int content = table.column("noi dung", "chuong trinh");
            if (content < 0) {
                continue;
            }
            List<ProgramItem> items = new ArrayList<>();
            List<Paragraph> sources = new ArrayList<>();
            int known = 0;
            for (Table.Row row : table.rows().subList(1, table.rows().size())) {
                String text = row.cell(content).replaceAll("[\\s;.,:]+$", "").strip();
                String f = Folded.key(text);
                if (text.isEmpty() || SESSION_ROW.matcher(f).find()) {
                    continue;
                }
                ProgramItemKind kind = Kinds.classify(Kinds.PROGRAMME, f);
                if (kind != null) {
                    known++;
                }
                items.add(new ProgramItem(kind == null ? ProgramItemKind.OTHER : kind, text, ProgrammeReader.period(f)));
                sources.add(paragraph(context, row));
            }
            if (items.size() >= 3 && 2 * known >= items.size()) {
                context.source("/programme", Paragraph.span(sources));
                context.claimAll(sources);
                return items;
            }
        }
        return null;
    }

    /**
     * The first table with a column of bodies and a column of counts. What the seats are is read from the count's
     * label or the sentence above ("đại biểu điển hình tiên tiến"): all seats unless one of them says otherwise.
     */
    static Allocations allocation(ReadingContext context) {
        for (Table table : context.document.tables()) {
            int to = table.column("don vi", "co quan", "thanh phan", "khu vuc", "doi tuong");
            int count = table.column("so luong", "so dai bieu", "so nguoi");
            if (to < 0 || count < 0 || to == count) {
                continue;
            }
            List<Allocation> allocation = new ArrayList<>();
            List<Paragraph> sources = new ArrayList<>();
            AllocationScope scope = scope(context, table, count);
            Paragraph totalRow = null;
            Integer totalCount = null;
            for (Table.Row row : table.rows().subList(1, table.rows().size())) {
                String body = row.cell(to).strip();
                String first = Folded.key(row.cell(0));
                if (TOTAL_ROW.matcher(Folded.key(body)).find() || TOTAL_ROW.matcher(first).find()) {
                    Matcher total = COUNT.matcher(Folded.key(row.cell(count)));
                    if (total.matches()) {
                        totalRow = paragraph(context, row);
                        totalCount = Integer.valueOf(total.group(1));
                    }
                    continue;
                }
                Matcher m = COUNT.matcher(Folded.key(row.cell(count)));
                if (body.isEmpty() || !m.matches()) {
                    context.leaveOut("/delegation/allocation", paragraph(context, row), "a row without a body or a count");
                    return Allocations.NONE;
                }
                allocation.add(new Allocation(body, Integer.parseInt(m.group(1)), scope));
                sources.add(paragraph(context, row));
            }
            if (!allocation.isEmpty()) {
                context.source("/delegation/allocation", Paragraph.span(sources));
                context.claimAll(sources);
                // The total row of a table of all seats is the number of delegates the plan states.
                if (totalCount != null && scope == AllocationScope.ALL_SEATS
                        && totalCount == allocation.stream().mapToInt(Allocation::count).sum()) {
                    return new Allocations(allocation, totalCount, totalRow.span());
                }
                return new Allocations(allocation, null, null);
            }
        }
        return Allocations.NONE;
    }

    /** Which seats a table gives out: exemplars' or guests' when its count column or the line above says so. */
    private static AllocationScope scope(ReadingContext context, Table table, int count) {
        String label = Folded.key(table.rows().get(0).cell(count));
        Paragraph above = null;
        Paragraph header = paragraph(context, table.rows().get(0));
        if (header != null && header.index > 0) {
            above = context.paragraphs.get(header.index - 1);
        }
        String words = label + " " + (above == null ? "" : above.folded.text());
        boolean exemplar = EXEMPLAR_SEATS.matcher(words).find() && !GUEST_SEATS.matcher(words).find();
        boolean guest = GUEST_SEATS.matcher(words).find() && !EXEMPLAR_SEATS.matcher(words).find();
        return exemplar ? AllocationScope.EXEMPLAR_SEATS : guest ? AllocationScope.GUEST_SEATS : AllocationScope.ALL_SEATS;
    }

    /** The paragraph a row is (a row is a paragraph of its own). */
    private static Paragraph paragraph(ReadingContext context, Table.Row row) {
        return context.paragraphOf(row.line());
    }
}
