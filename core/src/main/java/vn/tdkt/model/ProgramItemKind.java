package vn.tdkt.model;

/** The nine items of the conference programme in the guidance (III.1), plus anything else a plan adds. */
public enum ProgramItemKind {
    /** Tuyên bố lý do, giới thiệu đại biểu (and the opening speech). */
    OPENING,
    /** Báo cáo tổng kết phong trào thi đua ... 2020 - 2025, phương hướng ... 2025 - 2030. */
    SUMMARY_REPORT,
    /** Báo cáo tham luận của các đại biểu điển hình tiên tiến. */
    PRESENTATIONS,
    /** Tổ chức giao lưu với các điển hình tiên tiến. */
    EXCHANGE,
    /** Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến. */
    COMMENDATION,
    /** Phát động phong trào thi đua giai đoạn 2025 - 2030. */
    LAUNCH,
    /** Phát biểu hưởng ứng phát động phong trào thi đua. */
    RESPONSE,
    /** Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên. */
    DELEGATES_TO_CONGRESS,
    /** Tổng kết và bế mạc. */
    CLOSING,
    /** Văn nghệ, chào cờ and other additions the guidance allows. */
    OTHER
}
