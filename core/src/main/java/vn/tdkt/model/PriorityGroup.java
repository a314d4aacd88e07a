package vn.tdkt.model;

/** The groups the guidance asks to favour among delegates ("chú trọng lựa chọn ..."). */
public enum PriorityGroup implements Labelled {
    /** cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu */
    DIRECT_WORKERS("cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu", "individuals directly producing, working, studying or fighting"),
    /** đại biểu nữ */
    WOMEN("đại biểu nữ", "women"),
    /** dân tộc (ethnic minorities) */
    ETHNIC_MINORITIES("dân tộc", "ethnic minorities"),
    /** đại biểu đại diện các thành phần kinh tế */
    ECONOMIC_SECTORS("đại biểu đại diện các thành phần kinh tế", "representatives of the economic sectors");

    private final String label;
    private final String labelEn;

    PriorityGroup(String label, String labelEn) {
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
