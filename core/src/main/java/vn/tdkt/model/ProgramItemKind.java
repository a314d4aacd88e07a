package vn.tdkt.model;

/** The nine items of the conference programme in the guidance (III.1), plus anything else a plan adds. */
public enum ProgramItemKind implements Labelled {
    /** Tuyên bố lý do, giới thiệu đại biểu (and the opening speech). */
    OPENING("Tuyên bố lý do, giới thiệu đại biểu"),
    /** Báo cáo tổng kết phong trào thi đua ... 2020 - 2025, phương hướng ... 2025 - 2030. */
    SUMMARY_REPORT("Báo cáo tổng kết 2020 - 2025, phương hướng 2025 - 2030"),
    /** Báo cáo tham luận của các đại biểu điển hình tiên tiến. */
    PRESENTATIONS("Báo cáo tham luận của các đại biểu điển hình tiên tiến"),
    /** Tổ chức giao lưu với các điển hình tiên tiến. */
    EXCHANGE("Tổ chức giao lưu với các điển hình tiên tiến"),
    /** Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến. */
    COMMENDATION("Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến"),
    /** Phát động phong trào thi đua giai đoạn 2025 - 2030. */
    LAUNCH("Phát động phong trào thi đua giai đoạn 2025 - 2030"),
    /** Phát biểu hưởng ứng phát động phong trào thi đua. */
    RESPONSE("Phát biểu hưởng ứng phát động phong trào thi đua"),
    /** Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên. */
    DELEGATES_TO_CONGRESS("Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên"),
    /** Tổng kết và bế mạc. */
    CLOSING("Tổng kết và bế mạc"),
    /** Văn nghệ, chào cờ and other additions the guidance allows. */
    OTHER("Nội dung khác");

    private final String label;

    ProgramItemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
