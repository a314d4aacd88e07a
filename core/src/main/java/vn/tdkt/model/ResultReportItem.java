package vn.tdkt.model;

/** What the report of results sent after the conference contains (guidance IV.1). */
public enum ResultReportItem implements Labelled {
    /** Báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm (2020 - 2025). */
    SUMMARY_REPORT("Báo cáo tổng kết 5 năm (2020 - 2025)", "the five-year summary report (2020 - 2025)"),
    /** Danh sách và trích ngang thành tích đại biểu dự Đại hội thi đua cấp trên. */
    DELEGATE_LIST_WITH_ACHIEVEMENTS("Danh sách và trích ngang thành tích đại biểu dự Đại hội thi đua cấp trên", "the list of delegates to the higher congress with summaries of their achievements");

    private final String label;
    private final String labelEn;

    ResultReportItem(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
