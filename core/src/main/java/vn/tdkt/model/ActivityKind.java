package vn.tdkt.model;

/** Activities before and during the conference (guidance III.2). */
public enum ActivityKind implements Labelled {
    /** Tuyên truyền về tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh. */
    HO_CHI_MINH_PROPAGANDA("Tuyên truyền tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh"),
    /** Tuyên truyền trước, trong và sau Hội nghị. */
    PROPAGANDA_AROUND_CONFERENCE("Tuyên truyền trước, trong và sau Hội nghị"),
    /** Đối thoại, gặp gỡ giữa lãnh đạo với các điển hình tiên tiến. */
    LEADER_DIALOGUE("Đối thoại, gặp gỡ giữa lãnh đạo với các điển hình tiên tiến"),
    /** Hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng. */
    CULTURAL_ACTIVITIES("Hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng"),
    OTHER("Hoạt động khác");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
