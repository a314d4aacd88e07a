package vn.tdkt.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;
import vn.tdkt.rules.support.Texts;

/** The seed documents and their hand-encoded plans, and the ways the tests compare plans and reports. */
final class Seeds {
    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();
    private static final Map<String, ComplianceEngine> ENGINES = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A seed: its text, its hand-encoded plan, and the pack that checks it. */
    record Seed(String name, String text, String json, String pack) {
        Path textFile() {
            return EXAMPLES.resolve("seeds").resolve(text);
        }

        Path jsonFile() {
            return EXAMPLES.resolve("plans").resolve(json);
        }

        String content() {
            try {
                return Files.readString(textFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Seed KE_SAT = new Seed("Kẻ Sặt", "000-ke-sat.txt", "hai-phong/ke-sat.json", "hai-phong");
    static final Seed DAI_SON = new Seed("Đại Sơn (OCR)", "002-dai-son-ocr.txt", "hai-phong/dai-son.json", "hai-phong");
    static final Seed KIEN_MOC = new Seed("Kiên Mộc", "003-kien-moc.txt", "lang-son/kien-moc.json", "lang-son");
    static final Seed AN_HAI = new Seed("An Hải", "004-an-hai.txt", "hai-phong/an-hai.json", "hai-phong");
    static final List<Seed> ALL = List.of(KE_SAT, DAI_SON, KIEN_MOC, AN_HAI);

    private Seeds() {}

    static ComplianceEngine engine(String pack) {
        return ENGINES.computeIfAbsent(pack, ComplianceEngine::forPack);
    }

    /** The findings as rule, severity and pointer: what "the same findings" means. */
    static List<String> findings(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.pointer()).toList();
    }

    static List<String> findings(Plan plan, String pack) {
        return findings(engine(pack).evaluate(plan));
    }

    static Plan encoded(Seed seed) {
        return PlanJson.read(seed.jsonFile());
    }

    /**
     * The facts in which two plans differ, as "pointer: expected | imported", every fact compared but the quotes.
     * Texts are compared as the rules compare them ({@link Texts#same}: case, spacing, dash style and Unicode form do
     * not matter) and without a closing ".", ";", ":" or ","; the text of a dated step may run on past the hand-encoded
     * one's end (which stops at its date), so a deadline's text compares as a prefix.
     */
    static List<String> differences(Plan expected, Plan imported) {
        List<String> out = new ArrayList<>();
        compare("", tree(expected), tree(imported), out);
        return out;
    }

    private static JsonNode tree(Plan plan) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(PlanJson.write(plan));
            node.remove("quotes");
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String pointer, JsonNode a, JsonNode b, List<String> out) {
        boolean aMissing = a == null || a.isNull();
        boolean bMissing = b == null || b.isNull();
        if (aMissing || bMissing) {
            if (aMissing != bMissing) {
                out.add(pointer + ": " + a + " | " + b);
            }
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(pointer + "/" + name, a.get(name), b.get(name), out);
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(pointer + ": " + a.size() + " items | " + b.size() + " items");
                return;
            }
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) {
                compare(pointer + "/" + i, ia.next(), ib.next(), out);
            }
            return;
        }
        if (a.isTextual() && b.isTextual()) {
            String x = trim(a.asText());
            String y = trim(b.asText());
            boolean same = Texts.same(x, y) || pointer.matches("/deadlines/\\d+/text")
                    && Texts.normalise(y).startsWith(Texts.normalise(x));
            if (!same) {
                out.add(pointer + ": " + a + " | " + b);
            }
            return;
        }
        if (!a.equals(b)) {
            out.add(pointer + ": " + a + " | " + b);
        }
    }

    private static String trim(String text) {
        return text.strip().replaceAll("[\\s.;:,]+$", "");
    }

    /** The pointers of a list of differences. */
    static List<String> pointers(List<String> differences) {
        return differences.stream().map(d -> d.substring(0, d.indexOf(':'))).toList();
    }
}
