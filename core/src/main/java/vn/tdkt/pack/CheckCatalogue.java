package vn.tdkt.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.finding.LocalizedText;

/**
 * The checks the rules on the class path define, read from their DRL sources, with the title and messages the
 * shared checks' catalogue gives each. A rule belongs to the check whose fact it matches
 * ({@code Check( id == "delegates.cap" )}), and a check reads the parameters its rules name
 * ({@code $p.integer("delegates.max")}): the parameters of a pack's rule are derived from its checks, never listed by
 * hand.
 *
 * <p>The build lists every DRL file of a jar in {@value #RULES_INDEX}, and the catalogues of titles and messages in
 * {@value #INDEX}.
 */
final class CheckCatalogue {
    static final String INDEX = "META-INF/tdkt/checks.idx";
    static final String RULES_INDEX = "META-INF/tdkt/rules.idx";

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]*)\"");
    private static final Pattern CHECK = Pattern.compile("\\bCheck\\(\\s*id\\s*==\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\w+\\.(?:integer|decimal|date|texts|text)\\(\"([^\"]+)\"\\)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the catalogue says of a check: its title (which may name parameters) and its outcomes' messages. */
    record Text(LocalizedText title, Map<String, LocalizedText> messages) {
        Text {
            messages = messages == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        }
    }

    private record Source(Map<String, Text> checks) {
    }

    private final Map<String, SortedSet<String>> parameters;
    private final Map<String, Text> texts;

    private CheckCatalogue(Map<String, SortedSet<String>> parameters, Map<String, Text> texts) {
        this.parameters = parameters;
        this.texts = texts;
    }

    static CheckCatalogue read(ClassLoader loader) {
        Map<String, SortedSet<String>> parameters = new TreeMap<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        try {
            for (String path : lines(loader.getResources(RULES_INDEX))) {
                readRules(path, read(loader, path), parameters);
            }
            for (String path : lines(loader.getResources(INDEX))) {
                Source source = YAML.readValue(read(loader, path), Source.class);
                if (source.checks() != null) {
                    source.checks().forEach((id, text) -> {
                        if (texts.putIfAbsent(id, text) != null) {
                            throw new PackFormatException("check " + id + " is described twice (" + path + ")");
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new PackFormatException("cannot read the catalogue of checks: " + e.getMessage(), e);
        }
        for (String described : texts.keySet()) {
            if (!parameters.containsKey(described)) {
                throw new PackFormatException("the catalogue of checks describes " + described + ", which no rule checks");
            }
        }
        return new CheckCatalogue(parameters, texts);
    }

    /** A catalogue of the given DRL sources (by path) and descriptions of checks, for a host's or a test's own rules. */
    static CheckCatalogue of(Map<String, String> drlByPath, Map<String, Text> texts) {
        Map<String, SortedSet<String>> parameters = new TreeMap<>();
        drlByPath.forEach((path, drl) -> readRules(path, drl, parameters));
        return new CheckCatalogue(parameters, new LinkedHashMap<>(texts));
    }

    /** Adds each rule's check and the parameters it reads. */
    static void readRules(String path, String drl, Map<String, SortedSet<String>> parameters) {
        List<int[]> starts = new ArrayList<>();
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            starts.add(new int[] {rule.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String block = drl.substring(starts.get(i)[0], i + 1 < starts.size() ? starts.get(i + 1)[0] : drl.length());
            Matcher name = RULE.matcher(block);
            name.find();
            Matcher check = CHECK.matcher(block);
            if (!check.find()) {
                throw new PackFormatException(path + ": rule \"" + name.group(1) + "\" matches no Check( id == \"…\" ): "
                        + "every rule belongs to one check");
            }
            String id = check.group(1);
            if (check.find() && !check.group(1).equals(id)) {
                throw new PackFormatException(path + ": rule \"" + name.group(1) + "\" matches two checks");
            }
            SortedSet<String> names = parameters.computeIfAbsent(id, k -> new TreeSet<>());
            Matcher parameter = PARAMETER.matcher(block);
            while (parameter.find()) {
                names.add(parameter.group(1));
            }
        }
    }

    /** Whether some rule checks it. */
    boolean defines(String check) {
        return parameters.containsKey(check);
    }

    /** Every check some rule defines. */
    Set<String> checks() {
        return Collections.unmodifiableSet(parameters.keySet());
    }

    /** The parameters the check's rules read, by name. */
    SortedSet<String> parameters(String check) {
        SortedSet<String> names = parameters.get(check);
        return names == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(names);
    }

    /** The catalogue's title and messages of the check, or null when only a pack describes it. */
    Text text(String check) {
        return texts.get(check);
    }

    private static String read(ClassLoader loader, String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new PackFormatException("the index names " + path + ", which is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> lines(Enumeration<URL> urls) throws IOException {
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
