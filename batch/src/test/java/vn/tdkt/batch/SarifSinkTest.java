package vn.tdkt.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch's SARIF log, with reports and rejections (as notifications), is valid against the official schema. */
class SarifSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBatchsLogWithReportsAndRejectionsIsValidSarif210(@TempDir Path dir) throws IOException {
        List<GeneratedPlan> plans = new PlanGenerator(7, List.of()).province("Hải Phòng").limit(3).toList();
        String ndjson = PlanGenerator.toJsonLine(plans.get(0).plan()) + "\n{not json\n"
                + PlanGenerator.toJsonLine(plans.get(1).plan()) + "\n{\"unit\": {\"name\": \"X\"}, \"delegation\": {\"total\": -1}}\n";
        Path sarif = dir.resolve("out.sarif");
        BatchSummary summary = BatchRunner.builder().checker(new FakeChecker())
                .sink(new SarifSink(sarif, "1.0", "https://tdkt.example/tool", PackLookup.of(List.of())))
                .build().run(BatchInputs.ndjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "p.ndjson"));
        assertThat(summary.evaluated()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(2);

        JsonNode log = JSON.readTree(sarif.toFile());
        try (InputStream in = SarifSinkTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).isNotNull();
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(log)).isEmpty();
        }
        assertThat(log.at("/runs/0/invocations/0/toolExecutionNotifications")).hasSize(2);
    }
}
