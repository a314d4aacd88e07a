package vn.tdkt.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A commune's plan for its exemplar conference (Kế hoạch tổ chức Hội nghị tuyên dương điển hình tiên tiến).
 *
 * <p>Unknown is not false. Sections ({@link Conference}, {@link Delegation}, the plan's own {@link DocumentRef}) are
 * never null, but any fact inside them may be; a list is null when the plan does not address the topic at all and
 * empty when it addresses it and names nothing. Rules report a fact that is not stated as "not stated".
 *
 * @param unit                        the issuing unit
 * @param document                    the plan's own number and date
 * @param implementsGuidance          the guidance documents the plan says it implements ("Thực hiện Quyết định số ...")
 * @param conference                  the conference
 * @param evaluationPeriod            the period the conference reviews (2020 - 2025)
 * @param delegation                  the delegates
 * @param programme                   the programme items in order
 * @param activities                  activities before and during the conference
 * @param reportOutline               the parts of the summary report the plan lays out
 * @param presenterFields             the fields the exemplar presentations come from, when the plan names them
 * @param coversPreMergerAchievements the review covers the achievements of the units before the reorganisation
 * @param awardCategories             the categories of commendation
 * @param deadlines                   the dated steps
 * @param resultReportContents        what the report of results will contain
 * @param solemnAndEconomical         the plan commits to "trang trọng, thiết thực, tiết kiệm, tránh phô trương"
 * @param quotes                      the plan's own words, keyed by the JSON Pointer of the fact they state
 */
public record Plan(Unit unit, DocumentRef document, List<DocumentRef> implementsGuidance, Conference conference,
                   YearRange evaluationPeriod, Delegation delegation, List<ProgramItem> programme,
                   List<Activity> activities, List<ReportPart> reportOutline, List<String> presenterFields,
                   Boolean coversPreMergerAchievements, List<AwardCategory> awardCategories, List<Deadline> deadlines,
                   List<ResultReportItem> resultReportContents, Boolean solemnAndEconomical,
                   Map<String, String> quotes) {
    /**
     * The unit is required; a missing section becomes an unknown one, lists are copied (an unstated one stays null)
     * and the quotes are ordered by pointer.
     */
    public Plan {
        Objects.requireNonNull(unit, "unit is required");
        document = document == null ? DocumentRef.unknown() : document;
        implementsGuidance = Checks.copyOrNull(implementsGuidance, "implementsGuidance");
        conference = conference == null ? Conference.unknown() : conference;
        delegation = delegation == null ? Delegation.unknown() : delegation;
        programme = Checks.copyOrNull(programme, "programme");
        activities = Checks.copyOrNull(activities, "activities");
        reportOutline = Checks.copyOrNull(reportOutline, "reportOutline");
        presenterFields = Checks.copyOrNull(presenterFields, "presenterFields");
        awardCategories = Checks.copyOrNull(awardCategories, "awardCategories");
        deadlines = Checks.copyOrNull(deadlines, "deadlines");
        resultReportContents = Checks.copyOrNull(resultReportContents, "resultReportContents");
        quotes = quotes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(quotes));
    }

    /** The first step of the given kind, or null when the plan has none. */
    public Deadline deadline(DeadlineKind kind) {
        if (deadlines == null) {
            return null;
        }
        for (Deadline deadline : deadlines) {
            if (deadline.kind() == kind) {
                return deadline;
            }
        }
        return null;
    }

    /** Whether the programme has an item of this kind; false also when the programme is not stated. */
    public boolean hasProgramItem(ProgramItemKind kind) {
        if (programme != null) {
            for (ProgramItem item : programme) {
                if (item.kind() == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the plan says it implements the document with this number ("3194/QĐ-UBND", spacing and Đ aside). */
    public boolean implementsDocument(String number) {
        return implementsDocument(number, null);
    }

    /**
     * Whether the plan says it implements the document with this number, issued in this province: a document it
     * names with that number and, when it names the issuer, an issuer of that province ("3194/QĐ-UBND" of another
     * province's People's Committee is another document). A null province accepts any issuer.
     */
    public boolean implementsDocument(String number, String province) {
        if (implementsGuidance == null || number == null) {
            return false;
        }
        String wanted = DocumentRef.normaliseNumber(number);
        for (DocumentRef document : implementsGuidance) {
            if (wanted.equals(document.normalisedNumber()) && (province == null || document.issuer() == null
                    || ProvinceNames.fold(document.issuer()).contains(ProvinceNames.fold(province)))) {
                return true;
            }
        }
        return false;
    }

    /** The plan's own words for a fact, or null. */
    public String quote(String pointer) {
        return quotes.get(pointer);
    }

    /** A short identity for logs and reports: "xã Kẻ Sặt (Hải Phòng) 28/KH-UBND". */
    public String label() {
        StringBuilder label = new StringBuilder(unit.qualifiedName());
        if (unit.province() != null) {
            label.append(" (").append(unit.province()).append(')');
        }
        if (document.number() != null) {
            label.append(' ').append(document.number());
        }
        return label.toString();
    }
}
