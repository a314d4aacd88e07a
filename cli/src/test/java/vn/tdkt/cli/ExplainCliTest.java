package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.cli.TdktTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainCliTest {
    private static final Path KE_SAT = TdktTest.EXAMPLES.resolve("plans/hai-phong/ke-sat.json");

    @Test
    void explainAddsTheFactsAndParametersToJson() throws Exception {
        TdktTest.Run run = run("check", "--format", "json", "--explain", "--as-of", "2025-08-12", KE_SAT.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode hp03 = new ObjectMapper().readTree(run.out()).at("/reports/0/findings/0");
        assertThat(hp03.get("ruleId").asText()).isEqualTo("HP-03");
        assertThat(hp03.at("/explanation/asOf").asText()).isEqualTo("2025-08-12");
        assertThat(hp03.at("/explanation/facts/0/pointer").asText()).isEqualTo("/conference/date");
        assertThat(hp03.at("/explanation/facts/0/value").asText()).isEqualTo("2025-08-28");
        assertThat(hp03.at("/explanation/parameters/0/name").asText()).isEqualTo("conference.deadline");
        assertThat(hp03.at("/explanation/parameters/0/value").asText()).isEqualTo("2025-08-25");
    }

    @Test
    void explainAddsTheFactsAndParametersToText() {
        TdktTest.Run run = run("check", "--lang", "en", "--explain", KE_SAT.toString());

        assertThat(run.out()).contains("fact /conference/date = \"2025-08-28\"",
                "parameter conference.deadline = \"2025-08-25\" (from 2025-08-08, II.1)");
    }

    @Test
    void withoutExplainThereIsNoExplanation() {
        TdktTest.Run run = run("check", "--format", "json", KE_SAT.toString());
        assertThat(run.out()).doesNotContain("\"explanation\"");
    }

    @Test
    void anImpossibleAsOfDateIsBadUsage() {
        TdktTest.Run run = run("check", "--as-of", "2025-02-30", KE_SAT.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of");
    }
}
