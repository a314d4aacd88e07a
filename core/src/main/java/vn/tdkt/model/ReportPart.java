package vn.tdkt.model;

/** The seven parts of the five-year summary report (guidance III.3.3). */
public enum ReportPart implements Labelled {
    /** Đánh giá kết quả đạt được của các phong trào thi đua. */
    MOVEMENT_RESULTS("Kết quả các phong trào thi đua"),
    /** Kết quả công tác khen thưởng. */
    COMMENDATION_RESULTS("Kết quả công tác khen thưởng"),
    /** Đánh giá công tác lãnh đạo, chỉ đạo. */
    LEADERSHIP_ASSESSMENT("Đánh giá công tác lãnh đạo, chỉ đạo"),
    /** Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm. */
    SHORTCOMINGS_AND_LESSONS("Tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm"),
    /** Phương hướng, mục tiêu chung giai đoạn 2025 - 2030. */
    DIRECTIONS_AND_GOALS("Phương hướng, mục tiêu chung 2025 - 2030"),
    /** Những nội dung chủ yếu đẩy mạnh các phong trào thi đua. */
    MAIN_CONTENTS("Những nội dung chủ yếu"),
    /** Công tác lãnh đạo, chỉ đạo và các giải pháp chủ yếu. */
    LEADERSHIP_AND_SOLUTIONS("Công tác lãnh đạo, chỉ đạo và các giải pháp chủ yếu");

    private final String label;

    ReportPart(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
