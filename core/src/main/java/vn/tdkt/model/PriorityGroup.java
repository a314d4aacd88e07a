package vn.tdkt.model;

/** The groups the guidance asks to favour among delegates ("chú trọng lựa chọn ..."). */
public enum PriorityGroup {
    /** cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu */
    DIRECT_WORKERS,
    /** đại biểu nữ */
    WOMEN,
    /** dân tộc (ethnic minorities) */
    ETHNIC_MINORITIES,
    /** đại biểu đại diện các thành phần kinh tế */
    ECONOMIC_SECTORS
}
