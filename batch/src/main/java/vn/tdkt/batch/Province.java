package vn.tdkt.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.text.VietnameseText;

/**
 * A province or centrally-run city of Vietnam since 1 July 2025, as the plan generator knows it: how many commune-level
 * units it has and of which level, and the guidance its units implement.
 *
 * @param name         "Hải Phòng"
 * @param city         a centrally-run city (thành phố) rather than a province (tỉnh)
 * @param units        commune-level units: xã, phường and đặc khu
 * @param wards        of which phường
 * @param specialZones of which đặc khu, by name
 * @param guidance     the provincial guidance the communes' plans implement
 */
public record Province(String name, boolean city, int units, int wards, List<String> specialZones,
                       Guidance guidance) {

    /** A provincial guidance document: issuer, number and date. */
    public record Guidance(String issuer, String number, LocalDate date) {
    }

    public Province {
        Objects.requireNonNull(name, "name");
        specialZones = List.copyOf(specialZones);
        if (units < 1 || wards < 0 || wards + specialZones.size() > units) {
            throw new IllegalArgumentException(name + ": " + units + " units cannot hold " + wards + " wards and "
                    + specialZones.size() + " special zones");
        }
    }

    /** Xã: the units that are neither phường nor đặc khu. */
    public int communes() {
        return units - wards - specialZones.size();
    }

    /** "Thành phố Hải Phòng", "Tỉnh Lạng Sơn". */
    public String fullName() {
        return (city ? "Thành phố " : "Tỉnh ") + name;
    }

    /** "hai-phong": the name without diacritics, for file names. */
    public String slug() {
        return VietnameseText.slug(name);
    }
}
