package vn.tdkt.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds the rule base straight from the executable model the build generated, without the KIE classpath container:
 * the container scans and indexes the whole class path first, which triples the time to load the rules.
 *
 * <p>A jar of rules lists its generated model files in {@value #INDEX} (one resource path per line, such as
 * {@code META-INF/kie/vn.tdkt/tdkt-rules/drools-model}); each names the model class of every DRL package. Every pack
 * runs on the one rule base of all of them: a pack's checks are chosen by the facts it inserts, not by the rules it
 * compiles. Returns null when any of this is missing, and the registry says so: nothing is compiled at run time.
 */
final class ExecutableModels {
    static final String INDEX = "META-INF/tdkt/models.idx";

    private final Map<String, String> modelClassByPackage = new LinkedHashMap<>();
    private final ClassLoader loader;

    private ExecutableModels(ClassLoader loader) {
        this.loader = loader;
    }

    static ExecutableModels read(ClassLoader loader) {
        ExecutableModels models = new ExecutableModels(loader);
        try {
            for (String path : lines(loader.getResources(INDEX))) {
                for (String className : lines(loader.getResources(path))) {
                    if (className.contains(":")) {
                        continue; // the "Drools-Model-Version: …" header line
                    }
                    int dot = className.lastIndexOf('.');
                    models.modelClassByPackage.put(dot < 0 ? "" : className.substring(0, dot), className);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ExecutableModels(loader);
        }
        return models;
    }

    /** The lines of every resource, but blank lines and comments. */
    private static List<String> lines(Enumeration<URL> urls) throws IOException {
        List<String> lines = new ArrayList<>();
        while (urls.hasMoreElements()) {
            try (InputStream in = urls.nextElement().openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            }
        }
        return lines;
    }

    /** The rule base of every generated model, or null when none can be found. */
    KieBase kieBase() {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassByPackage.values()) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                return null;
            }
        }
        return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models, RuleSessions.MODE);
    }
}
