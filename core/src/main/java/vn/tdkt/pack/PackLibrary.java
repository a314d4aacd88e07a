package vn.tdkt.pack;

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
import java.util.stream.Stream;

/**
 * The packs as their format describes them: those on the class path (the jar {@code tdkt-rules}, listed in its
 * {@value #INDEX}), and those of a directory read at run time, as {@link PackDescriptor}s.
 *
 * <pre>{@code
 * PackDescriptor national = PackLibrary.onClassPath().descriptor("national");
 * PackLibrary withDrafts = PackLibrary.onClassPath().withDirectory(Path.of("drafts"));
 * }</pre>
 *
 * <p>A pack read from a directory is data only: a folder named like its id holding a {@code pack.yaml} that binds
 * the shared checks (see {@code docs/adding-a-province.md}). It is validated when read, against the pack schema, the
 * checks and the national baseline it may only tighten; an error names the file, the line and the key. Code is
 * never loaded from a directory: a rule file there is refused.
 *
 * <p>This is what the engine's {@code Packs} reads its packs with; a host that checks plans uses {@code Packs}, and
 * the tools that read, write and check packs use this.
 */
public final class PackLibrary {
    /** Larger than any pack an official writes; a file larger than this is refused unread. */
    public static final long MAX_PACK_BYTES = 1 << 20;

    /** The index of the packs on the class path, which the build of a jar of packs writes. */
    static final String INDEX = "META-INF/tdkt/packs.idx";

    private static final ClassLoader LOADER = PackLibrary.class.getClassLoader();
    private static volatile CheckCatalogue catalogue;
    private static volatile PackLibrary classPath;

    private final Map<String, PackDescriptors.Read> reads;
    private final Map<String, PackDescriptor> descriptors;

    private PackLibrary(Map<String, PackDescriptors.Read> reads, Map<String, PackDescriptor> descriptors) {
        this.reads = Collections.unmodifiableMap(reads);
        this.descriptors = Collections.unmodifiableMap(descriptors);
    }

    /**
     * The packs on the class path, read once per class loader. Throws {@link PackFormatException} when one cannot be
     * read (the build checks that none of the shipped packs fails).
     */
    public static PackLibrary onClassPath() {
        PackLibrary p = classPath;
        if (p == null) {
            synchronized (PackLibrary.class) {
                p = classPath;
                if (p == null) {
                    p = read(LOADER);
                    classPath = p;
                }
            }
        }
        return p;
    }

    private static PackLibrary read(ClassLoader loader) {
        List<PackDescriptors.Read> reads = new ArrayList<>();
        for (String path : index(loader)) {
            reads.add(PackDescriptors.read(loader, path));
        }
        Map<String, PackDescriptors.Read> byId = new LinkedHashMap<>();
        Map<String, PackDescriptor> packs = PackDescriptors.resolve(reads, Map.of(), catalogue());
        reads.forEach(r -> byId.put(r.source().id(), r));
        return new PackLibrary(byId, packs);
    }

    private static List<String> index(ClassLoader loader) {
        try {
            return CheckCatalogue.lines(loader.getResources(INDEX));
        } catch (IOException e) {
            throw new PackFormatException("cannot read the pack index " + INDEX + ": " + e.getMessage(), e);
        }
    }

    /** The checks the rules on the class path define, read once: what a pack's rules may bind. */
    static CheckCatalogue catalogue() {
        CheckCatalogue c = catalogue;
        if (c == null) {
            synchronized (PackLibrary.class) {
                c = catalogue;
                if (c == null) {
                    c = CheckCatalogue.read(LOADER);
                    catalogue = c;
                }
            }
        }
        return c;
    }

    /**
     * These packs and those of the directory: each folder of it that holds a {@code pack.yaml} (or the directory
     * itself, when it holds one). A pack of the directory may include, or tighten, a pack of the class path; one with
     * the id of a pack already here is refused.
     *
     * @throws PackFormatException naming the file, the line and the key of the first error
     */
    public PackLibrary withDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new PackFormatException(directory + ": not a directory of packs");
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
                throw new PackFormatException(directory + ": cannot list the directory: " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            throw new PackFormatException(directory + ": no pack.yaml in the directory or in a folder of it");
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
        Map<String, PackDescriptor> resolved = PackDescriptors.resolve(added, reads, catalogue());
        Map<String, PackDescriptors.Read> allReads = new LinkedHashMap<>(reads);
        added.forEach(r -> allReads.put(r.source().id(), r));
        Map<String, PackDescriptor> all = new LinkedHashMap<>(descriptors);
        all.putAll(resolved);
        return new PackLibrary(allReads, all);
    }

    /** A folder read at run time holds data: a rule, a class or a jar there is refused, never loaded. */
    private static void refuseCode(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".drl") || name.endsWith(".java") || name.endsWith(".class")
                        || name.endsWith(".jar") || name.endsWith(".xls") || name.endsWith(".dmn");
            }).findFirst().ifPresent(code -> {
                throw new PackFormatException(code + ": a pack read from a directory is data only; rules are built "
                        + "into tdkt-rules and never loaded from a directory (bind the shared checks in pack.yaml)");
            });
        } catch (IOException e) {
            throw new PackFormatException(folder + ": cannot list the pack's folder: " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PackFormatException(file + ": not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_PACK_BYTES) {
                throw new PackFormatException(file + ": " + size + " bytes; a pack.yaml is at most " + MAX_PACK_BYTES);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PackFormatException(file + ": not UTF-8 text; save the pack as UTF-8", e);
        } catch (IOException e) {
            throw new PackFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The packs a plan may be checked with, sorted by id: a pack that is only included or named as a parent is not. */
    public List<PackDescriptor> descriptors() {
        return descriptors.values().stream().sorted(Comparator.comparing(PackDescriptor::id)).toList();
    }

    /** The descriptor of a pack; throws {@link PackFormatException} naming the packs there are. */
    public PackDescriptor descriptor(String id) {
        PackDescriptor descriptor = descriptors.get(id);
        if (descriptor == null) {
            throw new PackFormatException("no pack '" + id + "'; the packs are "
                    + (descriptors.isEmpty() ? "none (is tdkt-rules a dependency?)" : descriptors.keySet()));
        }
        return descriptor;
    }
}
