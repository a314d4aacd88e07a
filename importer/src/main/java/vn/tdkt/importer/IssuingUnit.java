package vn.tdkt.importer;

import java.util.List;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;

/**
 * The unit that issues the plan, as the reader found it.
 *
 * @param key          its name folded, to recognise it where the document names it again
 * @param name         its name as written (for an agency its full name: "Bệnh viện Hữu nghị Việt Tiệp")
 * @param level        commune, ward, special zone or agency
 * @param province     the province among the 34, or null
 * @param provinceName the province's name (one of the 34, else as written)
 * @param reorganised  whether the plan says the unit was reorganised; null when it does not say
 * @param formedFrom   the pre-merger units the plan names; null when none
 * @param headerSource the header line naming the unit, when the header names it
 */
record IssuingUnit(String key, String name, UnitLevel level, Vocabulary.Province province, String provinceName,
                   Boolean reorganised, List<String> formedFrom, SourceSpan headerSource) {
    boolean isAgency() {
        return level == UnitLevel.AGENCY;
    }

    Unit unit() {
        return new Unit(name, level, provinceName, reorganised, formedFrom);
    }
}
