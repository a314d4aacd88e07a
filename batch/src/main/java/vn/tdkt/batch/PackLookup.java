package vn.tdkt.batch;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.engine.PackException;
import vn.tdkt.engine.PackInfo;
import vn.tdkt.engine.Packs;

/** Finds the description of a pack (its rules, titles and clauses) by id, for outputs that list rules. */
@FunctionalInterface
public interface PackLookup {

    /** The pack, or null when it is not known. */
    PackInfo descriptor(String packId);

    /** These packs (those of the class path and of a directory). */
    static PackLookup of(Packs packs) {
        return id -> {
            try {
                return packs.pack(id);
            } catch (PackException e) {
                return null;
            }
        };
    }

    /** These packs only. */
    static PackLookup of(Collection<PackInfo> packs) {
        Map<String, PackInfo> byId = packs.stream()
                .collect(Collectors.toUnmodifiableMap(PackInfo::id, Function.identity()));
        return byId::get;
    }
}
