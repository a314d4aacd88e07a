package vn.tdkt.engine;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The packs on the class path, read once; their KieBases built on first use and then shared. */
final class PackRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PackRegistry.class);

    private static volatile PackRegistry instance;
    private static volatile ExecutableModels models;
    private static final Object MODELS_LOCK = new Object();
    /** KieBases started by {@link #startEarly}, by kbase name, until {@link #kieBase} takes them. */
    private static final Map<String, CompletableFuture<KieBase>> EARLY = new ConcurrentHashMap<>();

    private final Map<String, PackDescriptor> descriptors;
    private final Map<String, KieBase> kieBases = new ConcurrentHashMap<>();
    private volatile KieContainer container;

    private PackRegistry(Map<String, PackDescriptor> descriptors) {
        this.descriptors = descriptors;
    }

    static PackRegistry instance() {
        PackRegistry registry = instance;
        if (registry == null) {
            synchronized (PackRegistry.class) {
                registry = instance;
                if (registry == null) {
                    registry = new PackRegistry(PackDescriptors.load(PackRegistry.class.getClassLoader()));
                    instance = registry;
                }
            }
        }
        return registry;
    }

    Collection<PackDescriptor> descriptors() {
        return descriptors.values().stream().sorted(java.util.Comparator.comparing(PackDescriptor::id)).toList();
    }

    PackDescriptor descriptor(String id) {
        PackDescriptor descriptor = descriptors.get(id);
        if (descriptor == null) {
            throw new PackException("no pack '" + id + "'; the packs on the class path are "
                    + (descriptors.isEmpty() ? "none (is tdkt-rules a dependency?)" : descriptors.keySet()));
        }
        return descriptor;
    }

    /**
     * Starts building, on a thread of its own, the KieBase of the kbase named like the pack, while the caller reads the
     * pack descriptors: the two take about as long, and the shipped packs name their kbase after themselves. Only
     * before the descriptors are read; {@link #kieBase} takes the result if the guess was right, and nothing is lost if
     * it was not (the build is then not used).
     */
    static void startEarly(String packId) {
        CompletableFuture<KieBase> early = new CompletableFuture<>();
        if (instance != null || EARLY.putIfAbsent(packId, early) != null) {
            return;
        }
        Thread builder = new Thread(() -> {
            try {
                early.complete(sharedModels().kieBase(packId));
            } catch (RuntimeException | Error e) {
                early.completeExceptionally(e);
            }
        }, "tdkt-kbase-" + packId);
        builder.setDaemon(true);
        builder.start();
    }

    KieBase kieBase(PackDescriptor pack) {
        return kieBases.computeIfAbsent(pack.id(), id -> {
            long start = System.nanoTime();
            KieBase kieBase = null;
            CompletableFuture<KieBase> early = EARLY.remove(pack.kbase());
            if (early != null) {
                try {
                    kieBase = early.join();
                } catch (CompletionException | CancellationException e) {
                    LOG.debug("building kbase {} early failed; building it again", pack.kbase(), e);
                }
            }
            try {
                kieBase = kieBase != null ? kieBase : sharedModels().kieBase(pack.kbase());
                if (kieBase == null) {
                    LOG.debug("no executable model index for kbase {}: loading it through the KIE container", pack.kbase());
                    kieBase = container().newKieBase(pack.kbase(), RuleSessions.configuration());
                }
            } catch (RuntimeException e) {
                throw new PackException("cannot load the rules of pack " + id + " (kbase " + pack.kbase() + "): "
                        + e.getMessage(), e);
            }
            LOG.info("loaded pack {} {} in {} ms", id, pack.version(), (System.nanoTime() - start) / 1_000_000);
            return kieBase;
        });
    }

    /** The executable models' index, read once: the early build and the registry share it. */
    private static ExecutableModels sharedModels() {
        ExecutableModels m = models;
        if (m == null) {
            synchronized (MODELS_LOCK) { // not the class: instance() holds that while it reads the descriptors
                m = models;
                if (m == null) {
                    m = ExecutableModels.read(PackRegistry.class.getClassLoader());
                    models = m;
                }
            }
        }
        return m;
    }

    KieContainer container() {
        KieContainer c = container;
        if (c == null) {
            synchronized (this) {
                c = container;
                if (c == null) {
                    c = KieServices.get().getKieClasspathContainer(PackRegistry.class.getClassLoader());
                    container = c;
                }
            }
        }
        return c;
    }
}
