package vn.tdkt.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.pack.PackLibrary;

/**
 * What every pack shares, built once per class loader: the one compiled rule base that all packs run on (a pack's
 * parameters and bindings are facts), and the packs of the class path. The rule base is built on a thread of its own
 * from the first request, while the caller reads the packs: the two take about as long.
 */
final class PackRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PackRegistry.class);

    private static final ClassLoader LOADER = PackRegistry.class.getClassLoader();
    private static volatile CompletableFuture<KieBase> kieBase;
    private static volatile Packs classPath;

    private PackRegistry() {}

    /** Starts building the rule base, if nobody has. */
    static void startEarly() {
        if (kieBase == null) {
            synchronized (PackRegistry.class) {
                if (kieBase == null) {
                    CompletableFuture<KieBase> future = new CompletableFuture<>();
                    Thread builder = new Thread(() -> {
                        try {
                            future.complete(build());
                        } catch (RuntimeException | Error e) {
                            future.completeExceptionally(e);
                        }
                    }, "tdkt-kbase");
                    builder.setDaemon(true);
                    builder.start();
                    kieBase = future;
                }
            }
        }
    }

    /** The rule base of every pack. */
    static KieBase kieBase() {
        startEarly();
        try {
            return kieBase.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PackException("cannot load the rules: " + cause.getMessage(), cause);
        }
    }

    private static KieBase build() {
        long start = System.nanoTime();
        KieBase built = ExecutableModels.read(LOADER).kieBase();
        if (built == null) {
            throw new PackException("the rules' executable model is not on the class path (" + ExecutableModels.INDEX
                    + " and the model classes it names): tdkt-rules is built with kie-maven-plugin, and a jar that "
                    + "merges others must keep its META-INF/tdkt files");
        }
        LOG.info("loaded the rules in {} ms", (System.nanoTime() - start) / 1_000_000);
        return built;
    }

    /** The packs on the class path, read once. */
    static Packs classPath() {
        Packs p = classPath;
        if (p == null) {
            synchronized (PackRegistry.class) {
                p = classPath;
                if (p == null) {
                    startEarly(); // the rule base builds while the packs are read: the two take about as long
                    p = Packs.of(Packs.read(PackLibrary::onClassPath));
                    classPath = p;
                }
            }
        }
        return p;
    }
}
