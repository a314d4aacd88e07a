package vn.tdkt.importer.guidance;

import java.util.Map;
import java.util.Set;

/** Writes a draft's README.md: what was read, what was not, what relaxes the baseline, and the rules bound. */
final class PackReadme {
    private PackReadme() {}

    static String write(GuidanceDrafter.Draft draft, GuidanceDrafter.Options options, String source,
                        Set<String> fromBaseline) {
        GuidanceReading r = draft.reading();
        StringBuilder m = new StringBuilder();
        m.append("# ").append(draft.id()).append(": a draft pack read from ").append(source).append("\n\n");
        m.append("Drafted by `tdkt pack draft` from the guidance ")
                .append(PackYaml.citation(r, draft.from())).append(". It names `parent: national` and ")
                .append("`includes: [common]`; the load (`tdkt packs --packs-dir DIR`) validates it like any pack. ")
                .append("Every value is the text's own: review each one against the signed document, fill in what ")
                .append("was not found, and write the cases before using it.\n\n");
        m.append("## Read\n\n| parameter | value | clause | line | words |\n|---|---|---|---|---|\n");
        for (Fact f : draft.kept().values()) {
            String value = cell(f.shown());
            if (fromBaseline.contains(f.parameter())) {
                value += " (the national baseline's: the text does not quantify it)";
            }
            m.append("| `").append(f.parameter()).append("` | ").append(value).append(" | ").append(f.clause())
                    .append(" | ").append(f.line()).append(" | ").append(cell(f.text())).append(" |\n");
        }
        for (Map.Entry<String, Fact> h : r.header().entrySet()) {
            if (!draft.kept().containsKey(h.getKey())) {
                m.append("| ").append(h.getKey()).append(" (header) | ").append(cell(h.getValue().shown())).append(" | ")
                        .append(h.getValue().clause()).append(" | ").append(h.getValue().line()).append(" | ")
                        .append(cell(h.getValue().text())).append(" |\n");
            }
        }
        m.append("\n## Not found (left for the official, never guessed)\n\n");
        if (r.number() == null) {
            m.append("- the guidance's number: ").append(r.number() == null ? "the text leaves it blank" : "")
                    .append("; `guidance.number` is absent and CC-4 is left out until it is filled in\n");
        }
        if (r.date() == null) {
            m.append("- the day of signing: the values hold from ").append(draft.from())
                    .append(options.date() != null ? " (given with --date)" : " (the first day of the month the header names)")
                    .append("; replace it with the signed day\n");
        }
        for (String name : draft.notFound()) {
            if (!name.equals("guidance.number")) {
                m.append("- `").append(name).append("`: no line states it\n");
            }
        }
        for (String note : r.notes()) {
            m.append("- ").append(note).append('\n');
        }
        if (!draft.loosened().isEmpty()) {
            m.append("\n## Relaxes the national baseline (left out of pack.yaml)\n\n");
            m.append("A pack may only tighten the baseline (`rules/src/main/resources/vn/tdkt/packs/national/pack.yaml`). ")
                    .append("These values of the guidance relax it, so they are not in pack.yaml: the official decides ")
                    .append("(ask the province, or keep the baseline's value).\n\n");
            m.append("| parameter | the guidance | the baseline | why |\n|---|---|---|---|\n");
            for (GuidanceDrafter.Loosening l : draft.loosened()) {
                Fact f = l.fact();
                m.append("| `").append(f.parameter()).append("` | ").append(cell(f.shown())).append(" — ")
                        .append(f.clause()).append(", ").append(f.line()).append(": “").append(cell(f.text()))
                        .append("” | ").append(cell(l.baseline().json())).append(" — national ")
                        .append(cell(l.baseline().clause())).append(": “").append(cell(l.baseline().text()))
                        .append("” | ").append(cell(l.reason())).append(" |\n");
            }
        }
        m.append("\n## Rules bound\n\n| rule | checks | clause | line |\n|---|---|---|---|\n");
        for (GuidanceDrafter.BoundRule rule : draft.rules()) {
            m.append("| ").append(rule.id()).append(" | ").append(String.join(", ", rule.checks())).append(" | ")
                    .append(rule.clause()).append(" | ").append(rule.line()).append(" |\n");
        }
        if (!draft.unbound().isEmpty()) {
            m.append("\nNot bound:\n\n");
            draft.unbound().forEach((check, why) -> m.append("- `").append(check).append("`: ").append(why).append('\n'));
        }
        m.append("\n## Cases\n\n`cases/base.json` is a plan made from the parameters above that every bound rule ")
                .append("passes; `cases/rules.yaml` changes one of its facts per bound check so that the rule fires. ")
                .append("Review them against the guidance, add the province's own, and run them: ")
                .append("`tdkt pack test DIR` (DIR holds this folder).\n");
        return m.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " / ");
    }
}
