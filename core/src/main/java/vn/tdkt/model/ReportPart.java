package vn.tdkt.model;

/** The seven parts of the five-year summary report (guidance III.3.3). */
public enum ReportPart {
    /** Đánh giá kết quả đạt được của các phong trào thi đua. */
    MOVEMENT_RESULTS,
    /** Kết quả công tác khen thưởng. */
    COMMENDATION_RESULTS,
    /** Đánh giá công tác lãnh đạo, chỉ đạo. */
    LEADERSHIP_ASSESSMENT,
    /** Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm. */
    SHORTCOMINGS_AND_LESSONS,
    /** Phương hướng, mục tiêu chung giai đoạn 2025 - 2030. */
    DIRECTIONS_AND_GOALS,
    /** Những nội dung chủ yếu đẩy mạnh các phong trào thi đua. */
    MAIN_CONTENTS,
    /** Công tác lãnh đạo, chỉ đạo và các giải pháp chủ yếu. */
    LEADERSHIP_AND_SOLUTIONS
}
