package vn.tdkt.batch;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.engine.Packs;
import vn.tdkt.engine.PackDescriptor;
import vn.tdkt.engine.PackException;

/** Finds the description of a pack (its rules, titles and clauses) by id, for outputs that list rules. */
@FunctionalInterface
public interface PackLookup {

    /** The pack, or null when it is not known. */
    PackDescriptor descriptor(String packId);

    /** These packs (those of the class path and of a directory). */
    static PackLookup of(Packs packs) {
        return id -> {
            try {
                return packs.descriptor(id);
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
