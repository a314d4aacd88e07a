package vn.tdkt.model;

/** The nine items of the conference programme in the guidance (III.1), plus anything else a plan adds. */
public enum ProgramItemKind implements Labelled {
    /** Tuyên bố lý do, giới thiệu đại biểu (and the opening speech). */
    OPENING("Tuyên bố lý do, giới thiệu đại biểu", "the opening and introduction of delegates"),
    /** Báo cáo tổng kết phong trào thi đua ... 2020 - 2025, phương hướng ... 2025 - 2030. */
    SUMMARY_REPORT("Báo cáo tổng kết 2020 - 2025, phương hướng 2025 - 2030", "the summary report 2020 - 2025 with directions for 2025 - 2030"),
    /** Báo cáo tham luận của các đại biểu điển hình tiên tiến. */
    PRESENTATIONS("Báo cáo tham luận của các đại biểu điển hình tiên tiến", "presentations by exemplar delegates"),
    /** Tổ chức giao lưu với các điển hình tiên tiến. */
    EXCHANGE("Tổ chức giao lưu với các điển hình tiên tiến", "the exchange with the exemplars"),
    /** Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến. */
    COMMENDATION("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến", "the commendation and honouring of the exemplars"),
    /** Phát động phong trào thi đua giai đoạn 2025 - 2030. */
    LAUNCH("Phát động phong trào thi đua giai đoạn 2025 - 2030", "the launch of the emulation movement 2025 - 2030"),
    /** Phát biểu hưởng ứng phát động phong trào thi đua. */
    RESPONSE("Phát biểu hưởng ứng phát động phong trào thi đua", "the speech responding to the launch"),
    /** Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên. */
    DELEGATES_TO_CONGRESS("Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên", "the approval of the delegates to the higher congress"),
    /** Tổng kết và bế mạc. */
    CLOSING("Tổng kết và bế mạc", "the summing-up and closing"),
    /** Văn nghệ, chào cờ and other additions the guidance allows. */
    OTHER("Nội dung khác", "another item");

    private final String label;
    private final String labelEn;

    ProgramItemKind(String label, String labelEn) {
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
