package vn.tdkt.finding;

/**
 * The guidance clause a finding enforces.
 *
 * @param document the issuing body and the document ("UBND thành phố Hải Phòng, Kế hoạch kèm theo QĐ 3194/QĐ-UBND ngày 08/8/2025")
 * @param clause   the clause path ("II.1")
 * @param text     the quoted Vietnamese text of the clause
 */
public record Citation(String document, String clause, String text) {
}
