package vn.tdkt.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;

/** The programme of the conference and the activities before and during it. */
final class ProgrammeReader {
    private static final Pattern ACTIVITY_HEADING = Pattern.compile(
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
            for (Paragraph item : items) {
                ProgramItemKind kind = Kinds.classify(Kinds.PROGRAMME, item.foldedBody.text());
                if (kind != null) {
                    known++;
                }
                programme.add(new ProgramItem(kind == null ? ProgramItemKind.OTHER : kind, item.itemText()));
            }
            if (items.size() >= 3 && 2 * known >= items.size()) {
                context.source("/programme", Paragraph.span(items));
                context.claimAll(items);
                return programme;
            }
        }
        return TableReader.programme(context);
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
        return null;
    }
}
