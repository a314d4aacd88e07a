package vn.tdkt.model;

/** The seven parts of the five-year summary report (guidance III.3.3). */
public enum ReportPart implements Labelled {
    /** Đánh giá kết quả đạt được của các phong trào thi đua. */
    MOVEMENT_RESULTS("Kết quả các phong trào thi đua", "results of the emulation movements"),
    /** Kết quả công tác khen thưởng. */
    COMMENDATION_RESULTS("Kết quả công tác khen thưởng", "results of commendation"),
    /** Đánh giá công tác lãnh đạo, chỉ đạo. */
    LEADERSHIP_ASSESSMENT("Đánh giá công tác lãnh đạo, chỉ đạo", "assessment of leadership and direction"),
    /** Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm. */
    SHORTCOMINGS_AND_LESSONS("Tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm", "shortcomings, causes and lessons"),
    /** Phương hướng, mục tiêu chung giai đoạn 2025 - 2030. */
    DIRECTIONS_AND_GOALS("Phương hướng, mục tiêu chung 2025 - 2030", "directions and general goals 2025 - 2030"),
    /** Những nội dung chủ yếu đẩy mạnh các phong trào thi đua. */
    MAIN_CONTENTS("Những nội dung chủ yếu", "the main contents"),
    /** Công tác lãnh đạo, chỉ đạo và các giải pháp chủ yếu. */
    LEADERSHIP_AND_SOLUTIONS("Công tác lãnh đạo, chỉ đạo và các giải pháp chủ yếu", "leadership, direction and the main solutions");

    private final String label;
    private final String labelEn;

    ReportPart(String label, String labelEn) {
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
