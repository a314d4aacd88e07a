package vn.tdkt.engine;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.tdkt.model.Plan;

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
    /** Larger than any pack an official writes; a file larger than this is refused unread. */
    static final long MAX_PACK_BYTES = 1 << 20;

    private final Map<String, PackDescriptors.Read> reads;
    private final Map<String, PackDescriptor> descriptors;
    private final Map<String, ComplianceEngine> engines = new ConcurrentHashMap<>();

    private Packs(Map<String, PackDescriptors.Read> reads, Map<String, PackDescriptor> descriptors) {
        this.reads = Collections.unmodifiableMap(reads);
        this.descriptors = Collections.unmodifiableMap(descriptors);
    }

    /** The packs on the class path, read once. */
    public static Packs onClassPath() {
        return PackRegistry.classPath();
    }

    static Packs read(ClassLoader loader) {
        List<PackDescriptors.Read> reads = new ArrayList<>();
        for (String path : PackRegistry.index()) {
            reads.add(PackDescriptors.read(loader, path));
        }
        Map<String, PackDescriptors.Read> byId = new LinkedHashMap<>();
        Map<String, PackDescriptor> packs = PackDescriptors.resolve(reads, Map.of(), PackRegistry.catalogue());
        reads.forEach(r -> byId.put(r.source().id(), r));
        return new Packs(byId, packs);
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
        if (!Files.isDirectory(directory)) {
            throw new PackException(directory + ": not a directory of packs");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(directory.resolve("pack.yaml"))) {
            files.add(directory.resolve("pack.yaml"));
        } else {
            try (Stream<Path> entries = Files.list(directory)) {
                entries.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).forEach(folder -> {
                    if (Files.isRegularFile(folder.resolve("pack.yaml"))) {
                        files.add(folder.resolve("pack.yaml"));
                    }
                });
            } catch (IOException e) {
                throw new PackException(directory + ": cannot list the directory: " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            throw new PackException(directory + ": no pack.yaml in the directory or in a folder of it");
        }
        List<PackDescriptors.Read> added = new ArrayList<>();
        for (Path file : files) {
            refuseCode(file.getParent());
            PackDescriptors.Read read = PackDescriptors.parse(text(file), file.toString(), true);
            String folder = file.getParent().getFileName() == null ? null : file.getParent().getFileName().toString();
            if (folder != null && read.source().id() != null && !read.source().id().equals(folder)) {
                throw read.error("id", "the pack's id " + read.source().id() + " is not its folder's name " + folder);
            }
            if (read.source().id() != null && reads.containsKey(read.source().id())) {
                throw read.error("id", "a pack " + read.source().id() + " is already loaded from "
                        + reads.get(read.source().id()).origin());
            }
            if (read.source().parent() == null && read.source().isListed()) {
                // only a baseline that other packs name (listed: false) stands alone
                throw read.error("id", "a pack read at run time names the baseline it tightens (parent: national)");
            }
            added.add(read);
        }
        Map<String, PackDescriptor> resolved = PackDescriptors.resolve(added, reads, PackRegistry.catalogue());
        Map<String, PackDescriptors.Read> allReads = new LinkedHashMap<>(reads);
        added.forEach(r -> allReads.put(r.source().id(), r));
        Map<String, PackDescriptor> all = new LinkedHashMap<>(descriptors);
        all.putAll(resolved);
        return new Packs(allReads, all);
    }

    /** A folder read at run time holds data: a rule, a class or a jar there is refused, never loaded. */
    private static void refuseCode(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".drl") || name.endsWith(".java") || name.endsWith(".class")
                        || name.endsWith(".jar") || name.endsWith(".xls") || name.endsWith(".dmn");
            }).findFirst().ifPresent(code -> {
                throw new PackException(code + ": a pack read from a directory is data only; rules are built into "
                        + "tdkt-rules and never loaded from a directory (bind the shared checks in pack.yaml)");
            });
        } catch (IOException e) {
            throw new PackException(folder + ": cannot list the pack's folder: " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PackException(file + ": not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_PACK_BYTES) {
                throw new PackException(file + ": " + size + " bytes; a pack.yaml is at most " + MAX_PACK_BYTES);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PackException(file + ": not UTF-8 text; save the pack as UTF-8", e);
        } catch (IOException e) {
            throw new PackException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The packs, sorted by id. */
    public List<PackInfo> list() {
        return descriptors().stream().map(PackDescriptor::info).toList();
    }

    List<PackDescriptor> descriptors() {
        return descriptors.values().stream().sorted(Comparator.comparing(PackDescriptor::id)).toList();
    }

    /** The descriptor of a pack; throws {@link PackException} naming the packs there are. */
    public PackDescriptor descriptor(String id) {
        PackDescriptor descriptor = descriptors.get(id);
        if (descriptor == null) {
            throw new PackException("no pack '" + id + "'; the packs are "
                    + (descriptors.isEmpty() ? "none (is tdkt-rules a dependency?)" : descriptors.keySet()));
        }
        return descriptor;
    }

    /** The engine of a pack, built once and shared (it is safe to share between threads). */
    public ComplianceEngine engine(String id) {
        Objects.requireNonNull(id, "id");
        PackRegistry.startEarly();
        PackDescriptor pack = descriptor(id);
        return engines.computeIfAbsent(id, k -> ComplianceEngine.of(pack, PackRegistry.kieBase()));
    }

    /**
     * The pack for a plan when the host names none: the pack of the plan's province, and among several the one whose
     * guidance the plan implements; for a province without a pack of its own, the national baseline. Throws
     * {@link PackException} saying why when no pack fits.
     */
    public PackChoice choose(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return PackChoice.choose(plan, descriptors());
    }
}
