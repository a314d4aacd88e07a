package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.YearRange;

/** The programme of the conference and the activities before and during it. */
final class ProgrammeReader {
    /** A period an item names: "giai đoạn 2025 - 2030", "(2025 - 2030)". */
    private static final Pattern PERIOD = Patterns.compile("(?:\\bgiai doan\\s*|\\()\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    /** A label splitting the programme by session ("Buổi sáng:", "* Buổi chiều"): no item. */
    private static final Pattern SESSION = Patterns.compile("^(?:buoi\\s+)?(?:sang|chieu|toi)\\b[^a-z]*$|^phan\\s+\\S+\\s*:?$");
    /** The fields of the presentations: "(ngư dân, du lịch, …)" or "thuộc các lĩnh vực …". */
    private static final Pattern FIELDS_AFTER = Patterns.compile("\\b(?:thuoc |tren |o )?(?:cac )?linh vuc\\s*:?\\s*(\\S.*)$");
    private static final Pattern ACTIVITY_HEADING = Patterns.compile(
            "\\bhoat dong tr\\S* va trong\\b|\\bthong tin,? tuyen truyen\\b|\\bcong tac tuyen truyen\\b");

    private final ReadingContext context;

    ProgrammeReader(ReadingContext context) {
        this.context = context;
    }

    /**
     * The items under a heading starting "Chương trình", else the rows of a programme table; a list counts as the
     * programme when it has three items or more and at least half of them are the guidance's.
     */
    List<ProgramItem> programme() {
        for (Paragraph heading : context.paragraphs) {
            if (!heading.isHeading() || !heading.foldedBody.text().startsWith("chuong trinh")) {
                continue;
            }
            List<Paragraph> items = context.items(heading);
            List<ProgramItem> programme = new ArrayList<>();
            int known = 0;
            items = items.stream().filter(item -> !SESSION.matcher(item.foldedBody.text().strip()).find()).toList();
            for (Paragraph item : items) {
                String f = item.foldedBody.text();
                ProgramItemKind kind = Kinds.classify(Kinds.PROGRAMME, f);
                if (kind != null) {
                    known++;
                }
                programme.add(new ProgramItem(kind == null ? ProgramItemKind.OTHER : kind, item.itemText(), period(f)));
            }
            if (items.size() >= 3 && 2 * known >= items.size()) {
                context.source("/programme", Paragraph.span(items));
                context.claimAll(items);
                return programme;
            }
        }
        return TableReader.programme(context);
    }

    /** The one period an item names; null when it names none, or two ("2020 - 2025, … 2025 - 2030"). */
    static YearRange period(String folded) {
        Matcher m = PERIOD.matcher(folded);
        YearRange found = null;
        while (m.find()) {
            YearRange range = ConferenceReader.range(m.group(1), m.group(2));
            if (range == null || found != null && !found.equals(range)) {
                return null;
            }
            found = range;
        }
        return found;
    }

    /**
     * The fields the presentations come from, as the programme's presentations item names them: "(ngư dân, du lịch,
     * lực lượng vũ trang)", "thuộc các lĩnh vực khám bệnh, chữa bệnh; điều dưỡng; …" (a list with ";" is split at
     * ";" only, a field's own words may hold a comma).
     */
    List<String> presenterFields(List<ProgramItem> programme) {
        if (programme == null) {
            return null;
        }
        for (ProgramItem item : programme) {
            if (item.kind() != ProgramItemKind.PRESENTATIONS || item.text() == null) {
                continue;
            }
            Folded folded = Folded.of(item.text());
            String list = null;
            int open = item.text().lastIndexOf('(');
            int close = item.text().lastIndexOf(')');
            Matcher after = FIELDS_AFTER.matcher(folded.text());
            if (after.find()) {
                list = folded.original(after.start(1), folded.text().length());
            } else if (open >= 0 && close > open && item.text().substring(open, close).matches("\\([^\\d]+")) {
                list = item.text().substring(open + 1, close);
            }
            if (list == null) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : list.split(list.contains(";") ? ";" : ",|\\s+và\\s+|\\s+va\\s+")) {
                String f = field.strip().replaceAll("[.)]+$", "").strip();
                if (!f.isEmpty()) {
                    fields.add(f);
                }
            }
            if (fields.size() >= 2) {
                context.source("/presenterFields", context.source("/programme"));
                return fields;
            }
            context.leaveOut("/presenterFields", null, "one field is no list: " + list);
        }
        return null;
    }

    List<Activity> activities() {
        for (Paragraph heading : context.paragraphs) {
            if (!heading.isHeading() || !ACTIVITY_HEADING.matcher(heading.foldedBody.text()).find()) {
                continue;
            }
            List<Paragraph> items = context.items(heading);
            if (items.isEmpty()) {
                continue;
            }
            List<Activity> activities = new ArrayList<>();
            for (Paragraph item : items) {
                ActivityKind kind = Kinds.classify(Kinds.ACTIVITIES, item.foldedBody.text());
                activities.add(new Activity(kind == null ? ActivityKind.OTHER : kind, item.itemText()));
            }
            context.source("/activities", Paragraph.span(items));
            return activities;
        }
        return assignedActivities();
    }

    private static final Pattern ORGANISATION = Patterns.compile("^to chuc thuc hien\\b");
    private static final Pattern BODY_LABEL = Patterns.compile("^[^:;,.]{2,90}:\\s*");

    /**
     * Activities assigned to bodies under "Tổ chức thực hiện" ("Ủy ban MTTQ phường: tuyên truyền trước, trong và sau
     * Hội nghị …"), when the plan has no heading of its own for them: each clause that names one.
     */
    private List<Activity> assignedActivities() {
        for (Paragraph heading : context.paragraphs) {
            if (heading.kind != Paragraph.Kind.ROMAN || !ORGANISATION.matcher(heading.foldedBody.text()).find()) {
                continue;
            }
            List<Activity> activities = new ArrayList<>();
            List<Paragraph> sources = new ArrayList<>();
            for (int j = heading.index + 1; j < context.paragraphs.size(); j++) {
                Paragraph p = context.paragraphs.get(j);
                if (p.kind == Paragraph.Kind.ROMAN) {
                    break;
                }
                String body = p.body;
                Matcher label = BODY_LABEL.matcher(Folded.of(body).text());
                if (label.find()) {
                    body = Folded.of(body).original(label.end(), Folded.of(body).text().length());
                }
                for (String clause : body.split(";")) {
                    String text = clause.strip().replaceAll("[\\s.;,:]+$", "");
                    ActivityKind kind = Kinds.classify(Kinds.ACTIVITIES, Folded.of(text).text());
                    if (kind != null && !text.isEmpty()) {
                        activities.add(new Activity(kind, text));
                        if (!sources.contains(p)) {
                            sources.add(p);
                        }
                    }
                }
            }
            if (!activities.isEmpty()) {
                context.source("/activities", Paragraph.span(sources));
                return activities;
            }
        }
        return null;
    }
}
