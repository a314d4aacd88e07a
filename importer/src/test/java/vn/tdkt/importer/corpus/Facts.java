package vn.tdkt.importer.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;
import vn.tdkt.rules.support.Texts;

/**
 * A plan's facts compared one by one with the hand-encoded plan's. A fact is a JSON Pointer to a non-null leaf of the
 * plan's JSON (quotes aside), or to a list stated empty ("[]": the plan addresses the topic and names nothing).
 */
final class Facts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    enum Verdict {
        /** the imported plan states the fact as the hand encoding does */
        RIGHT,
        /** the hand encoding states the fact; the imported plan leaves it unknown */
        MISSED,
        /** the imported plan states another value, or a fact the document does not state: a guess */
        WRONG
    }

    /** One fact: where, the verdict, and the two values (null where a plan does not state it). */
    record Fact(String pointer, Verdict verdict, String expected, String imported) {
        /** Whether the hand encoding states this fact (an invented fact is wrong but not expected). */
        boolean expectedFact() {
            return expected != null;
        }

        @Override
        public String toString() {
            return pointer + " " + verdict + ": expected " + expected + " | imported " + imported;
        }
    }

    private Facts() {}

    static List<Fact> compare(Plan expected, Plan imported) {
        List<Fact> out = new ArrayList<>();
        compare("", tree(expected), tree(imported), out);
        return out;
    }

    /** The facts of a plan the importer could not read at all: every one missed. */
    static List<Fact> allMissed(Plan expected) {
        List<Fact> out = new ArrayList<>();
        leaves("", tree(expected), (p, v) -> out.add(new Fact(p, Verdict.MISSED, v, null)));
        return out;
    }

    static JsonNode tree(Plan plan) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(PlanJson.write(plan));
            node.remove("quotes");
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static void compare(String pointer, JsonNode expected, JsonNode imported, List<Fact> out) {
        if (absent(expected) && absent(imported)) {
            return;
        }
        if (absent(imported)) {
            leaves(pointer, expected, (p, v) -> out.add(new Fact(p, Verdict.MISSED, v, null)));
            return;
        }
        if (absent(expected)) {
            leaves(pointer, imported, (p, v) -> out.add(new Fact(p, Verdict.WRONG, null, v)));
            return;
        }
        if (expected.isObject() && imported.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            imported.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(pointer + "/" + name, expected.get(name), imported.get(name), out);
            }
        } else if (expected.isArray() && imported.isArray()) {
            compareArrays(pointer, expected, imported, out);
        } else if (same(pointer, expected, imported)) {
            out.add(new Fact(pointer, Verdict.RIGHT, expected.asText(), imported.asText()));
        } else {
            out.add(new Fact(pointer, Verdict.WRONG, value(expected), value(imported)));
        }
    }

    /**
     * Lists of objects (programme, deadlines, award categories, allocation) are compared item by item by position: the
     * order is part of what the plan states. Lists of values (priority groups, report parts, pre-merger units) are
     * sets: an expected value the import lacks is missed, a value the import adds is wrong.
     */
    private static void compareArrays(String pointer, JsonNode expected, JsonNode imported, List<Fact> out) {
        if (expected.isEmpty() && imported.isEmpty()) {
            out.add(new Fact(pointer, Verdict.RIGHT, "[]", "[]"));
            return;
        }
        if (expected.isEmpty()) {
            out.add(new Fact(pointer, Verdict.WRONG, "[]", imported.toString()));
            return;
        }
        boolean objects = expected.get(0).isContainerNode() || !imported.isEmpty() && imported.get(0).isContainerNode();
        if (objects) {
            for (int i = 0; i < Math.max(expected.size(), imported.size()); i++) {
                compare(pointer + "/" + i, expected.get(i), imported.get(i), out);
            }
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            JsonNode wanted = expected.get(i);
            boolean found = contains(pointer, imported, wanted);
            out.add(new Fact(pointer + "/" + i, found ? Verdict.RIGHT : Verdict.MISSED, wanted.asText(),
                    found ? wanted.asText() : null));
        }
        for (int i = 0; i < imported.size(); i++) {
            if (!contains(pointer, expected, imported.get(i))) {
                out.add(new Fact(pointer + "/" + i, Verdict.WRONG, null, imported.get(i).asText()));
            }
        }
    }

    private static boolean contains(String pointer, JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (same(pointer, value, element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Values compare equal as JSON; texts as the rules compare them (NFC, case, spacing and dash style aside) and
     * without a closing ".", ";", ":" or "," (a list item's punctuation is not part of its words). The text of a dated
     * step or of an activity is right when it holds the hand-encoded words: a reader may quote the whole sentence or
     * paragraph it stands in (two steps often share one; "Ủy ban MTTQ phường: tuyên truyền …" assigns an activity to a
     * body), where the hand encoding keeps only the step's or the activity's clause.
     */
    private static boolean same(String pointer, JsonNode expected, JsonNode imported) {
        if (expected.isTextual() && imported.isTextual()) {
            String x = trim(expected.asText());
            String y = trim(imported.asText());
            return Texts.same(x, y) || pointer.matches("/(deadlines|activities)/\\d+/text")
                    && Texts.normalise(y).contains(Texts.normalise(x));
        }
        return expected.equals(imported);
    }

    private static String trim(String text) {
        return text.strip().replaceAll("[\\s.;:,]+$", "");
    }

    private static String value(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private interface LeafSink {
        void accept(String pointer, String value);
    }

    /** Every fact under a node: its non-null leaves, and its lists stated empty. */
    private static void leaves(String pointer, JsonNode node, LeafSink sink) {
        if (absent(node)) {
            return;
        }
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                leaves(pointer + "/" + name, node.get(name), sink);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sink.accept(pointer, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                leaves(pointer + "/" + i, node.get(i), sink);
            }
        } else {
            sink.accept(pointer, value(node));
        }
    }
}
