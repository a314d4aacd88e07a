package vn.tdkt.engine;

import java.util.List;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProvinceNames;

/**
 * The pack chosen for a plan, and why: the pack of the plan's province, and among several, the one whose guidance
 * the plan implements (KoSIT's scenarios choose a rule set per document in the same way). A plan of a province
 * without a pack of its own is checked with the national baseline.
 *
 * @param packId   the chosen pack
 * @param reason   why, in words for the user ("province Lạng Sơn, implements 199/KH-UBND")
 * @param reasonVi the same in Vietnamese ("tỉnh Lạng Sơn, thực hiện 199/KH-UBND")
 */
public record PackChoice(String packId, String reason, String reasonVi) {

    /** A choice whose reason reads the same in both languages. */
    public PackChoice(String packId, String reason) {
        this(packId, reason, reason);
    }

    /** Chooses among the packs; throws {@link PackException} saying why when none fits. */
    static PackChoice choose(Plan plan, List<PackInfo> packs) {
        String province = plan.unit().province();
        List<PackInfo> ofProvince = province == null ? List.of()
                : packs.stream().filter(p -> p.provinces().stream().anyMatch(q -> ProvinceNames.same(q, province))).toList();
        List<PackInfo> implemented = packs.stream().filter(p -> implementsGuidanceOf(plan, p)).toList();
        List<PackInfo> both = ofProvince.stream().filter(implemented::contains).toList();
        if (both.size() == 1) {
            PackInfo p = both.get(0);
            return new PackChoice(p.id(), "province " + province + ", implements " + p.guidance().number(),
                    "tỉnh " + province + ", thực hiện " + p.guidance().number());
        }
        if (ofProvince.size() == 1) {
            return new PackChoice(ofProvince.get(0).id(), "province " + province, "tỉnh " + province);
        }
        if (ofProvince.isEmpty() && implemented.size() == 1) {
            PackInfo p = implemented.get(0);
            return new PackChoice(p.id(), "implements " + p.guidance().number(),
                    "thực hiện " + p.guidance().number());
        }
        List<PackInfo> fallbacks = packs.stream().filter(PackInfo::fallback).toList();
        if (ofProvince.isEmpty() && fallbacks.size() == 1 && ProvinceNames.isKnown(province)) {
            PackInfo p = fallbacks.get(0);
            return new PackChoice(p.id(), "province " + province + " has no pack of its own: the national baseline "
                    + p.guidance().number() + ", findings at most warnings", "tỉnh " + province
                    + " chưa có gói riêng: khung chung " + p.guidance().number() + ", phát hiện chỉ ở mức cảnh báo");
        }
        String known = String.join(", ", packs.stream()
                .map(p -> p.id() + " (" + (p.fallback() ? "any of the 34 provinces without a pack"
                        : String.join(", ", p.provinces())) + "; " + p.guidance().number() + ")")
                .toList());
        if (ofProvince.size() > 1) {
            throw new PackException("several packs cover province " + province + " and the plan names none of their "
                    + "guidance documents; choose one with --pack" + PackException.PACKS_ARE + known);
        }
        throw new PackException("no pack covers " + (province == null ? "a plan that names no province"
                : "province " + province) + " or the guidance the plan implements" + PackException.PACKS_ARE + known);
    }

    /** Whether the plan implements the pack's guidance: its number, issued in one of the pack's provinces. */
    private static boolean implementsGuidanceOf(Plan plan, PackInfo pack) {
        if (pack.provinces() == null || pack.provinces().isEmpty()) {
            return plan.implementsDocument(pack.guidance().number());
        }
        for (String province : pack.provinces()) {
            if (plan.implementsDocument(pack.guidance().number(), province)) {
                return true;
            }
        }
        return false;
    }
}
