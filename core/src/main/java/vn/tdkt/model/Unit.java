package vn.tdkt.model;

import java.util.List;
import java.util.Objects;

/**
 * The unit that issues the plan (đơn vị ban hành kế hoạch).
 *
 * @param name        the unit's name without its level word ("Kẻ Sặt")
 * @param level       xã, phường, đặc khu or cơ quan; null when not stated
 * @param province    the province or centrally-run city ("Hải Phòng")
 * @param reorganised whether the unit was formed by the 2025 reorganisation (sắp xếp); null when the plan does not say
 * @param formedFrom  the pre-merger units (đơn vị trước khi sắp xếp); null when not stated
 */
public record Unit(String name, UnitLevel level, String province, Boolean reorganised, List<String> formedFrom) {
    /** The name is required, without surrounding blanks; the pre-merger units are copied. */
    public Unit {
        name = Checks.blankToNull(name);
        Objects.requireNonNull(name, "unit name is required");
        province = Checks.blankToNull(province);
        formedFrom = Checks.copyOrNull(formedFrom, "formedFrom");
    }

    /**
     * "xã Kẻ Sặt", as the guidance writes a unit inside a conference name; an agency by its own name ("Sở Tài chính",
     * "Bệnh viện Hữu nghị Việt Tiệp"), which already says what it is.
     */
    public String qualifiedName() {
        return level == null || level == UnitLevel.AGENCY ? name : level.vietnamese() + " " + name;
    }
}
