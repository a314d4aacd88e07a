package vn.tdkt.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.finding.Explanation;
import vn.tdkt.finding.Finding;
import vn.tdkt.json.PlanJson;
import vn.tdkt.model.Plan;
import vn.tdkt.pack.ParameterValue;
import vn.tdkt.pack.Parameters;

/** Builds the explanation of a plan's findings: the plan's fact at each finding's pointer and the rule's parameters. */
final class Explainer {
    private final java.time.LocalDate asOf;
    private final Parameters parameters;
    private final JsonNode tree;
    private final ObjectMapper mapper = PlanJson.mapper();

    Explainer(Plan plan, java.time.LocalDate asOf, Parameters parameters) {
        this.asOf = asOf;
        this.parameters = parameters;
        this.tree = mapper.valueToTree(plan);
    }

    Explanation explain(Finding finding, List<String> parameterNames, vn.tdkt.finding.LocalizedText basis) {
        List<Explanation.Fact> facts = new ArrayList<>();
        if (finding.pointer() != null) {
            JsonNode value = tree.at(finding.pointer());
            facts.add(new Explanation.Fact(finding.pointer(), value.isMissingNode() ? "null" : value.toString()));
        }
        List<Explanation.ParameterUse> used = new ArrayList<>();
        for (String name : parameterNames) {
            ParameterValue value = parameters.values().get(name);
            if (value != null) {
                used.add(new Explanation.ParameterUse(name, value.json(), value.from().toString(),
                        value.clause()));
            }
        }
        return new Explanation(asOf.toString(), facts, used, basis);
    }
}
