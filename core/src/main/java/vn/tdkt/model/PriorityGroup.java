package vn.tdkt.model;

/** The groups the guidance asks to favour among delegates ("chú trọng lựa chọn ..."). */
public enum PriorityGroup implements Labelled {
    /** cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu */
    DIRECT_WORKERS("cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu"),
    /** đại biểu nữ */
    WOMEN("đại biểu nữ"),
    /** dân tộc (ethnic minorities) */
    ETHNIC_MINORITIES("dân tộc"),
    /** đại biểu đại diện các thành phần kinh tế */
    ECONOMIC_SECTORS("đại biểu đại diện các thành phần kinh tế");

    private final String label;

    PriorityGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
