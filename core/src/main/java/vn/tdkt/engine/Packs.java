package vn.tdkt.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.tdkt.model.Plan;
import vn.tdkt.pack.PackDescriptor;
import vn.tdkt.pack.PackFormatException;
import vn.tdkt.pack.PackLibrary;

/**
 * The packs a host checks plans with: those on the class path (the jar {@code tdkt-rules}), and those a host adds
 * from a directory at run time, without a build.
 *
 * <pre>{@code
 * Packs packs = Packs.onClassPath().withDirectory(Path.of("/etc/tdkt/packs"));
 * Report report = packs.engine(packs.choose(plan).packId()).evaluate(plan);
 * }</pre>
 *
 * <p>A pack read from a directory is data only: a folder named like its id holding a {@code pack.yaml} that binds
 * the shared checks (see {@code docs/adding-a-province.md}). It is validated when read, against the pack schema, the
 * checks and the national baseline it may only tighten; an error names the file, the line and the key. Code is
 * never loaded from a directory: a rule file there is refused. All packs run on one compiled rule base.
 */
public final class Packs {
    private final PackLibrary library;
    /** The view of each pack, by id, sorted by id. */
    private final Map<String, PackInfo> packs;
    private final Map<String, ComplianceEngine> engines = new ConcurrentHashMap<>();

    private Packs(PackLibrary library, Map<String, PackInfo> packs) {
        this.library = library;
        this.packs = Collections.unmodifiableMap(packs);
    }

    /** The packs the library reads, each viewed as a host sees it. */
    static Packs of(PackLibrary library) {
        Map<String, PackInfo> packs = new LinkedHashMap<>();
        for (PackDescriptor descriptor : library.descriptors()) {
            packs.put(descriptor.id(), PackInfo.of(descriptor));
        }
        return new Packs(library, packs);
    }

    /** Reads packs, reporting a pack that cannot be read as a {@link PackException}, the error hosts catch. */
    static <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (PackFormatException e) {
            throw new PackException(e.getMessage(), e);
        }
    }

    /** The packs on the class path, read once. */
    public static Packs onClassPath() {
        return PackRegistry.classPath();
    }

    /**
     * These packs and those of the directory: each folder of it that holds a {@code pack.yaml} (or the directory
     * itself, when it holds one). A pack of the directory may include, or tighten, a pack of the class path; one with
     * the id of a pack already here is refused.
     *
     * @throws PackException naming the file, the line and the key of the first error
     */
    public Packs withDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return of(read(() -> library.withDirectory(directory)));
    }

    /** The packs, sorted by id. */
    public List<PackInfo> list() {
        return List.copyOf(packs.values());
    }

    /**
     * A pack as a host sees it: its identity, its guidance and what it says of each rule, for outputs that list the
     * rules. Throws {@link PackException} naming the packs there are.
     */
    public PackInfo pack(String id) {
        PackInfo pack = packs.get(id);
        if (pack == null) {
            throw new PackException("no pack '" + id + "'; the packs are "
                    + (packs.isEmpty() ? "none (is tdkt-rules a dependency?)" : packs.keySet()));
        }
        return pack;
    }

    /** The engine of a pack, built once and shared (it is safe to share between threads). */
    public ComplianceEngine engine(String id) {
        Objects.requireNonNull(id, "id");
        PackRegistry.startEarly();
        PackInfo pack = pack(id);
        return engines.computeIfAbsent(id, k -> ComplianceEngine.of(library.descriptor(id), pack,
                PackRegistry.kieBase()));
    }

    /**
     * The pack for a plan when the host names none: the pack of the plan's province, and among several the one whose
     * guidance the plan implements; for a province without a pack of its own, the national baseline. Throws
     * {@link PackException} saying why when no pack fits.
     */
    public PackChoice choose(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return PackChoice.choose(plan, list());
    }
}
