package vn.tdkt.batch;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.PackException;

/** Finds the description of a pack (its rules, titles and clauses) by id, for outputs that list rules. */
@FunctionalInterface
public interface PackLookup {

    /** The pack, or null when it is not known. */
    PackDescriptor descriptor(String packId);

    /** The packs on the class path. */
    static PackLookup classPath() {
        return id -> {
            try {
                return ComplianceEngine.forPack(id).descriptor();
            } catch (PackException e) {
                return null;
            }
        };
    }

    /** These packs only. */
    static PackLookup of(Collection<PackDescriptor> packs) {
        Map<String, PackDescriptor> byId = packs.stream()
                .collect(Collectors.toUnmodifiableMap(PackDescriptor::id, Function.identity()));
        return byId::get;
    }
}
