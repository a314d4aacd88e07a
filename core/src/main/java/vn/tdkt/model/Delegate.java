package vn.tdkt.model;

/**
 * One delegate (a person, or a collective represented by one). Booleans are null when the list does not say.
 *
 * @param name               the delegate's or collective's name
 * @param category           exemplar, guest or leader
 * @param field              lĩnh vực ("giáo dục", "y tế", "nông nghiệp")
 * @param female             đại biểu nữ
 * @param ethnicMinority     người dân tộc thiểu số
 * @param directWorker       trực tiếp sản xuất, công tác, học tập, chiến đấu
 * @param economicSector     represents an economic sector (doanh nghiệp, hợp tác xã, hộ kinh doanh)
 * @param preMergerUnit      the unit before the reorganisation the delegate comes from
 * @param vettedPublicly     bình xét công khai, dân chủ từ cơ sở
 * @param achievementSummary a trích ngang thành tích is attached
 */
public record Delegate(String name, DelegateCategory category, String field, Boolean female, Boolean ethnicMinority,
                       Boolean directWorker, Boolean economicSector, String preMergerUnit, Boolean vettedPublicly,
                       Boolean achievementSummary) {
    /** A listed delegate must say whether it is an exemplar, a guest or a leader: the shares are counted on it. */
    public Delegate {
        name = Checks.blankToNull(name);
        field = Checks.blankToNull(field);
        preMergerUnit = Checks.blankToNull(preMergerUnit);
        if (category == null) {
            throw new IllegalArgumentException("category is required for a listed delegate");
        }
    }

    /** Whether the delegate is one of the exemplars the conference honours, rather than a guest or a leader. */
    public boolean isExemplar() {
        return category == DelegateCategory.EXEMPLAR;
    }

    /** Whether this delegate belongs to the group: TRUE, FALSE, or null when the list does not say. */
    public Boolean belongsTo(PriorityGroup group) {
        return switch (group) {
            case DIRECT_WORKERS -> directWorker;
            case WOMEN -> female;
            case ETHNIC_MINORITIES -> ethnicMinority;
            case ECONOMIC_SECTORS -> economicSector;
        };
    }
}
