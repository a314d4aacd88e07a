package vn.tdkt.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tdkt.model.Plan;

/**
 * A plan read from its document, with where each fact came from.
 *
 * <p>The plan's {@link Plan#quotes() quotes} hold, for every fact the importer found, the line and its words
 * ("line 43: 2. Thời gian tổ chức: ..."), so that a finding about the fact quotes where in the document it stands. The
 * same places are in {@link #provenance()} for hosts that want the numbers. A fact the document does not state is
 * null in the plan and absent here: the importer never guesses.
 *
 * @param plan       the plan
 * @param provenance the source of each fact, by the fact's JSON Pointer
 * @param notes      what the importer noticed about the document as a whole (OCR text, dropped page numbers)
 */
public record ImportedPlan(Plan plan, Map<String, SourceSpan> provenance, List<String> notes) {
    /** Copies the provenance sorted by pointer, so that hosts and tests list the facts in the same order. */
    public ImportedPlan {
        provenance = java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
        notes = List.copyOf(notes);
    }
}
