package vn.tdkt.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the header block of a plan says before its title: its number, its place and date.
 *
 * @param date           the plan's date; null when blank or not found
 * @param year           the year of the plan's date line, for dates written without one ("chiều ngày 28/8")
 * @param number         the plan's number ("28/KH-UBND"); null when blank
 * @param placeDateLines the lines holding a "‹place›, ngày … tháng … năm …" (not dated steps), as {@link #key}
 * @param places         the places of those lines as written ("Kẻ Sặt"): spellings of the unit's name
 */
record Header(LocalDate date, Integer year, String number, Set<Long> placeDateLines, List<String> places) {
    static long key(SourceLine line) {
        return line.number() * 10_000L + (line.page() == null ? 0 : line.page());
    }

    boolean isPlaceDateLine(Paragraph p) {
        for (SourceLine line : p.lines) {
            if (placeDateLines.contains(key(line))) {
                return true;
            }
        }
        return false;
    }
}
