package vn.tdkt.model;

/** Activities before and during the conference (guidance III.2). */
public enum ActivityKind {
    /** Tuyên truyền về tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh. */
    HO_CHI_MINH_PROPAGANDA,
    /** Tuyên truyền trước, trong và sau Hội nghị. */
    PROPAGANDA_AROUND_CONFERENCE,
    /** Đối thoại, gặp gỡ giữa lãnh đạo với các điển hình tiên tiến. */
    LEADER_DIALOGUE,
    /** Hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng. */
    CULTURAL_ACTIVITIES,
    OTHER
}
