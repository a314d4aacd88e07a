package vn.tdkt.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds a pack's KieBase straight from the executable model the build generated, without the KIE classpath
 * container: the container scans and indexes the whole class path first, which triples the time to load a pack.
 *
 * <p>A jar of packs lists its generated model files in {@value #INDEX} (one resource path per line, such as
 * {@code META-INF/kie/vn.tdkt/tdkt-rules/drools-model}); each names the model class of every DRL package. The
 * kbase's packages, with those of the kbases it includes, come from {@code META-INF/kmodule.xml}. Returns null when
 * any of this is missing, and the registry falls back to the container.
 */
final class ExecutableModels {
    static final String INDEX = "META-INF/tdkt/models.idx";

    private final Map<String, String> modelClassByPackage = new LinkedHashMap<>();
    private final Map<String, Element> kbases = new LinkedHashMap<>();
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
            Enumeration<URL> kmodules = loader.getResources("META-INF/kmodule.xml");
            while (kmodules.hasMoreElements()) {
                models.readKmodule(kmodules.nextElement());
            }
        } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            return new ExecutableModels(loader);
        }
        return models;
    }

    /** The KieBase of the kbase, or null when its generated model cannot be found. */
    KieBase kieBase(String kbase) {
        Set<String> packages = new LinkedHashSet<>();
        if (!collect(kbase, packages, new ArrayList<>())) {
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String pkg : packages) {
            String className = modelClassByPackage.get(pkg);
            if (className == null) {
                return null;
            }
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                return null;
            }
        }
        return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models, RuleSessions.MODE);
    }

    private boolean collect(String kbase, Set<String> packages, List<String> path) {
        Element element = kbases.get(kbase);
        if (element == null || path.contains(kbase)) {
            return false;
        }
        path.add(kbase);
        for (String pkg : split(element.getAttribute("packages"))) {
            packages.add(pkg);
        }
        for (String included : split(element.getAttribute("includes"))) {
            if (!collect(included, packages, path)) {
                return false;
            }
        }
        path.remove(path.size() - 1);
        return true;
    }

    private void readKmodule(URL url) throws IOException, javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = url.openStream()) {
            NodeList list = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "kbase");
            for (int i = 0; i < list.getLength(); i++) {
                Element kbase = (Element) list.item(i);
                kbases.putIfAbsent(kbase.getAttribute("name"), kbase);
            }
        }
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

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
}
