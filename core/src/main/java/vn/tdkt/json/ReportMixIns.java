package vn.tdkt.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import vn.tdkt.finding.Explanation;
import vn.tdkt.finding.Finding;
import vn.tdkt.finding.LocalizedText;
import vn.tdkt.finding.Report;
import vn.tdkt.finding.Severity;
import vn.tdkt.finding.Waiver;

/**
 * The shape of the report JSON, as Jackson mix-ins on the finding records: the records stay free of Jackson, as the
 * plan model is. Each mix-in names every field in the order it is written; a record the document writes whole, in the
 * order of its components and with its unknowns as {@code null} ({@code PlanIdentity}, {@code Citation},
 * {@code LocalizedText}, {@code ApprovingDocument}), needs none.
 */
final class ReportMixIns {
    private ReportMixIns() {}

    /** Adds the mix-ins to a mapper's builder. */
    static JsonMapper.Builder addTo(JsonMapper.Builder builder) {
        return builder
                .addMixIn(Report.class, ReportShape.class)
                .addMixIn(Finding.class, FindingShape.class)
                .addMixIn(Waiver.class, WaiverShape.class)
                .addMixIn(Explanation.class, ExplanationShape.class)
                .addMixIn(Explanation.Fact.class, FactShape.class)
                .addMixIn(Explanation.ParameterUse.class, ParameterUseShape.class);
    }

    /** The counts are computed, not a component; notes appear only when there are some. */
    @JsonPropertyOrder({"plan", "pack", "packVersion", "verdict", "counts", "findings", "notes"})
    interface ReportShape {
        @JsonProperty
        Map<Severity, Integer> counts();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<LocalizedText> notes();
    }

    /** A quote, a waiver and an explanation appear only when the finding has them. */
    @JsonPropertyOrder({"ruleId", "severity", "pointer", "expected", "found", "quote", "citation", "message", "waived",
            "explanation"})
    interface FindingShape {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String quote();

        @JsonProperty("waived")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Waiver waiver();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Explanation explanation();
    }

    /** Under a finding, a waiver says who approved it and until when; the rule and the plan are the finding's own. */
    @JsonIncludeProperties({"approvedBy", "expires"})
    @JsonPropertyOrder({"approvedBy", "expires"})
    interface WaiverShape {
    }

    /** The basis appears only when the rule decided something the plan does not state. */
    @JsonPropertyOrder({"asOf", "facts", "parameters", "basis"})
    interface ExplanationShape {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalizedText basis();
    }

    /** A fact's value is JSON already. */
    @JsonPropertyOrder({"pointer", "value"})
    interface FactShape {
        @JsonRawValue
        String value();
    }

    /** A parameter's value is JSON already. */
    @JsonPropertyOrder({"name", "value", "from", "clause"})
    interface ParameterUseShape {
        @JsonRawValue
        String value();
    }
}
