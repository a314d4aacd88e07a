package vn.tdkt.model;

/** Who an award goes to. */
public enum RecipientKind {
    /** tập thể */
    COLLECTIVE,
    /** cá nhân */
    INDIVIDUAL,
    /** hộ gia đình */
    HOUSEHOLD,
    /** công ty, doanh nghiệp */
    ENTERPRISE
}
