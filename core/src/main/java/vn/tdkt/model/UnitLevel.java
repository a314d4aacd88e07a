package vn.tdkt.model;

/** Level of the issuing unit. */
public enum UnitLevel {
    /** xã */
    COMMUNE,
    /** phường */
    WARD,
    /** đặc khu */
    SPECIAL_ZONE,
    /** cơ quan, đơn vị thuộc thành phố/tỉnh (cấp ngành) */
    AGENCY;

    /** The Vietnamese word the guidance uses before the unit's name ("xã Kẻ Sặt"). */
    public String vietnamese() {
        return switch (this) {
            case COMMUNE -> "xã";
            case WARD -> "phường";
            case SPECIAL_ZONE -> "đặc khu";
            case AGENCY -> "cơ quan";
        };
    }
}
