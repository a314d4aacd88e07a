package vn.tdkt.server;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackChoice;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.engine.Packs;
import vn.tdkt.model.Plan;

/**
 * The packs the server checks with and one engine per pack, built when the server starts and shared by every request
 * (an engine is thread-safe). The packs are those of the class path and, when {@code tdkt.packs-dir} is set, those of
 * that directory, validated when read: a directory with an error stops the start with the error's file, line and key.
 */
@Component
public class Engines {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);
    private final Packs packs;
    private final Map<String, ComplianceEngine> engines = new LinkedHashMap<>();

    public Engines(TdktProperties properties) {
        long start = System.nanoTime();
        packs = properties.packsDir() == null ? Packs.onClassPath()
                : Packs.onClassPath().withDirectory(properties.packsDir());
        for (PackInfo pack : packs.list()) {
            engines.put(pack.id(), packs.engine(pack.id()));
        }
        LOG.info("packs loaded: {} in {} ms", String.join(", ", engines.keySet()),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The packs, sorted by id. */
    public List<PackInfo> list() {
        return packs.list();
    }

    /** The packs as the library holds them (for the batch runner). */
    public Packs packs() {
        return packs;
    }

    /** The ids of the packs loaded. */
    public List<String> ids() {
        return List.copyOf(engines.keySet());
    }

    /** Whether a pack of this id is loaded. */
    public boolean has(String id) {
        return engines.containsKey(id);
    }

    /** The description of a loaded pack. */
    public PackInfo pack(String id) {
        return packs.pack(id);
    }

    /** Throws a 400 problem unless the pack is loaded; null (no pack named) passes. */
    public void requireKnown(String id) {
        if (id != null && !has(id)) {
            String known = String.join(", ", engines.keySet());
            throw Problem.badParameter("pack", "không có bộ quy tắc '" + id + "'; các bộ quy tắc: " + known,
                    "unknown pack '" + id + "'; the packs are: " + known).with("packs", ids());
        }
    }

    /**
     * The engine that checks a plan: the pack named, else the pack of the plan's province and guidance (as the tool
     * chooses it), judged as of the day given and with explanations when asked. The plan may be null when a pack is
     * named.
     *
     * @throws Problem 422 when no pack fits the plan, 400 when no value of the pack holds on the day asked for
     */
    public ComplianceEngine engineFor(Plan plan, String packId, LocalDate asOf, boolean explain) {
        String id = packId != null ? packId : choose(plan).packId();
        requireKnown(id);
        ComplianceEngine engine = engines.get(id);
        if (asOf != null) {
            try {
                engine = engine.asOf(asOf);
            } catch (PackException e) {
                throw Problem.badParameter("asOf", "ngày " + asOf + " có trước ngày bộ quy tắc " + id
                        + " có hiệu lực: " + e.getMessage(), e.getMessage());
            }
        }
        return explain ? engine.withExplanations() : engine;
    }

    /** The pack of the plan's province and guidance; a 422 problem saying why when none fits. */
    public PackChoice choose(Plan plan) {
        try {
            return packs.choose(plan);
        } catch (PackException e) {
            String province = plan.unit() == null ? null : plan.unit().province();
            String known = packs.list().stream().map(p -> p.id() + " (" + (p.provinces().isEmpty()
                    ? p.jurisdiction() : String.join(", ", p.provinces())) + ")").collect(Collectors.joining(", "));
            throw new Problem(Problem.Type.NO_PACK,
                    "Không có bộ quy tắc nào áp dụng cho " + (province == null ? "kế hoạch không nêu tỉnh, thành phố"
                            : "kế hoạch của " + province) + " hoặc cho văn bản hướng dẫn mà kế hoạch thực hiện; "
                            + "hãy chọn một bộ quy tắc bằng tham số pack. Các bộ quy tắc: " + known + ".",
                    e.getMessage().replace("choose one with --pack", "name one with the pack parameter")
                            + (e.getMessage().contains("pack parameter") || e.getMessage().contains("--pack") ? ""
                            : "; name one with the pack parameter"))
                    .with("province", province).with("packs", ids());
        }
    }

    /** The engines of the loaded packs, by pack id. */
    Map<String, ComplianceEngine> engines() {
        return java.util.Collections.unmodifiableMap(engines);
    }
}
