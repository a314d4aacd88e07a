package vn.tdkt.model;

/** Activities before and during the conference (guidance III.2). */
public enum ActivityKind implements Labelled {
    /** Tuyên truyền về tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh. */
    HO_CHI_MINH_PROPAGANDA("Tuyên truyền tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh", "propaganda on Ho Chi Minh's thought on patriotic emulation"),
    /** Tuyên truyền trước, trong và sau Hội nghị. */
    PROPAGANDA_AROUND_CONFERENCE("Tuyên truyền trước, trong và sau Hội nghị", "propaganda before, during and after the conference"),
    /** Đối thoại, gặp gỡ giữa lãnh đạo với các điển hình tiên tiến. */
    LEADER_DIALOGUE("Đối thoại, gặp gỡ giữa lãnh đạo với các điển hình tiên tiến", "dialogue between leaders and the exemplars"),
    /** Hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng. */
    CULTURAL_ACTIVITIES("Hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng", "cultural and artistic activities in celebration"),
    /** An activity the guidance does not list; kept, so that the plan's words are not lost. */
    OTHER("Hoạt động khác", "another activity");

    private final String label;
    private final String labelEn;

    ActivityKind(String label, String labelEn) {
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
