package vn.tdkt.model;

/**
 * A category of commendation at the conference ("4.4. Công ty, doanh nghiệp (03-05 đơn vị)").
 * An inverted range is kept as written: it is a finding, not a parse error.
 *
 * @param field      lĩnh vực ("Lực lượng vũ trang", "Ngành giáo dục")
 * @param recipients collective, individual, household or enterprise; null when not stated
 * @param countMin   the count, or the low end of the range; null when not stated
 * @param countMax   the high end of the range; equal to countMin for a single count
 * @param criteria   tiêu chí; null when not stated
 * @param proposer   the body that proposes the names (đơn vị chủ trì xét chọn, đề xuất)
 * @param awardForm  giấy khen, ...
 */
public record AwardCategory(String field, RecipientKind recipients, Integer countMin, Integer countMax,
                            String criteria, String proposer, String awardForm) {
    /**
     * Refuses a negative count and takes a missing high end for a single count; an inverted range stays as written,
     * for the rules to report.
     */
    public AwardCategory {
        field = Checks.blankToNull(field);
        Checks.nonNegative(countMin, "countMin");
        Checks.nonNegative(countMax, "countMax");
        if (countMax == null) {
            countMax = countMin;
        }
        criteria = Checks.blankToNull(criteria);
        proposer = Checks.blankToNull(proposer);
        awardForm = Checks.blankToNull(awardForm);
    }
}
