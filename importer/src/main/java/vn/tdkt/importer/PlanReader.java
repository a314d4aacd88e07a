package vn.tdkt.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.model.Activity;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.Conference;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.Unit;
import vn.tdkt.model.YearRange;

/**
 * Reads the facts of a plan from its paragraphs and tables, part by part: the header and the unit, the conference, the
 * delegates, the programme and activities, the report outline and awards, the dated steps. Each part's reader finds
 * its facts by the cues the guidance and the plans use for them (a heading, a label before a colon, the guidance's own
 * words), on the folded text, and states them in the plan's words, or in the guidance's words where the plan's folded
 * words are exactly one of the guidance's closed vocabularies. What no cue finds stays null.
 */
final class PlanReader {
    private final ReadingContext context;

    PlanReader(DocumentText document) {
        this.context = new ReadingContext(document);
    }

    ImportedPlan read() {
        HeaderReader headerReader = new HeaderReader(context);
        Header header = headerReader.header();
        IssuingUnit issuing = new UnitReader(context, header).read();
        DocumentRef own = headerReader.document(header, issuing);
        List<DocumentRef> guidance = headerReader.guidance(header, issuing);

        ConferenceReader conferenceReader = new ConferenceReader(context, header, issuing);
        Conference conference = conferenceReader.read();
        YearRange period = conferenceReader.evaluationPeriod();
        Unit unit = issuing.unit();
        Delegation delegation = new DelegationReader(context, TableReader.allocation(context)).read();
        ProgrammeReader programmeReader = new ProgrammeReader(context);
        List<ProgramItem> programme = programmeReader.programme();
        List<Activity> activities = programmeReader.activities();
        List<String> presenterFields = programmeReader.presenterFields(programme);
        OutlineReader outlineReader = new OutlineReader(context);
        List<ReportPart> outline = outlineReader.reportOutline();
        Boolean covers = outlineReader.covers();
        List<AwardCategory> awards = outlineReader.awardCategories();
        DeadlineReader.Steps steps = new DeadlineReader(context, header).read();
        Boolean solemn = outlineReader.solemn();

        Map<String, String> quotes = new LinkedHashMap<>();
        context.provenance().forEach((pointer, span) -> quotes.put(pointer, span.quote()));
        Plan plan = new Plan(unit, own, guidance, conference, period, delegation, programme, activities, outline, presenterFields,
                covers, awards, steps.deadlines(), steps.resultContents(), solemn, quotes);
        if (context.document.dropped() > 0) {
            context.note(context.document.dropped() + " line(s) left out as page numbers or running headers and footers");
        }
        return new ImportedPlan(plan, context.provenance(), context.notes());
    }
}
