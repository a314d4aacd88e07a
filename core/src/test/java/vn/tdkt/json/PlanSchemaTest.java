package vn.tdkt.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.model.Activity;
import vn.tdkt.model.ActivityKind;
import vn.tdkt.model.Allocation;
import vn.tdkt.model.AwardCategory;
import vn.tdkt.model.Conference;
import vn.tdkt.model.DateQualifier;
import vn.tdkt.model.Deadline;
import vn.tdkt.model.DeadlineKind;
import vn.tdkt.model.Delegate;
import vn.tdkt.model.DelegateCategory;
import vn.tdkt.model.Delegation;
import vn.tdkt.model.DocumentRef;
import vn.tdkt.model.Plan;
import vn.tdkt.model.PriorityGroup;
import vn.tdkt.model.ProgramItem;
import vn.tdkt.model.ProgramItemKind;
import vn.tdkt.model.RecipientKind;
import vn.tdkt.model.ReportPart;
import vn.tdkt.model.ResultReportItem;
import vn.tdkt.model.SessionLength;
import vn.tdkt.model.Unit;
import vn.tdkt.model.UnitLevel;
import vn.tdkt.model.YearRange;

/**
 * The plan schema ({@code vn/tdkt/plan.schema.json}) against the model and the example plans: every example plan is
 * valid, is read by {@link PlanJson} and survives a round trip; the schema names exactly the records' fields and
 * enum constants; and the seed plans quote their source texts word for word.
 */
class PlanSchemaTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();
    private static final Path PLANS = EXAMPLES.resolve("plans");
    private static final Path SEEDS = EXAMPLES.resolve("seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema;
    private static JsonNode schemaNode;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/vn/tdkt/plan.schema.json")) {
            assertThat(in).as("plan.schema.json on the class path").isNotNull();
            schemaNode = JSON.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    static List<Path> plans() {
        try (Stream<Path> files = Files.walk(PLANS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(String json) {
        try {
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void schemaIsDraft202012WithItsId() {
        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode.path("$id").asText()).isEqualTo("https://tdkt.vn/schema/plan/1");
    }

    @Test
    void examplesHoldAtLeastTheFourSeedPlans() {
        assertThat(plans()).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(file -> file.endsWith(Path.of("hai-phong", "ke-sat.json")))
                .anyMatch(file -> file.endsWith(Path.of("hai-phong", "dai-son.json")))
                .anyMatch(file -> file.endsWith(Path.of("hai-phong", "an-hai.json")))
                .anyMatch(file -> file.endsWith(Path.of("lang-son", "kien-moc.json")));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void examplePlanIsValidAgainstTheSchema(Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
        assertThat(errors).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void examplePlanIsReadAndRoundTrips(Path file) {
        Plan plan = PlanJson.read(file);
        Plan again = PlanJson.read(PlanJson.write(plan), "written " + file.getFileName());
        assertThat(again).isEqualTo(plan);
        assertThat(schema.validate(readTree(PlanJson.write(plan)))).as("written form of " + file).isEmpty();
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void smallestPlanIsValid() {
        assertThat(validate("{\"unit\": {\"name\": \"Kẻ Sặt\"}}")).isEmpty();
    }

    @Test
    void nullsAndEmptyListsAreValid() {
        assertThat(validate("""
                {"unit": {"name": "Kẻ Sặt", "level": null, "formedFrom": null},
                 "document": null, "conference": {"date": null, "length": null},
                 "delegation": {"total": null, "priorityGroups": []}, "deadlines": [], "quotes": {}}
                """)).isEmpty();
    }

    @Test
    void unknownFieldIsRejected() {
        assertThat(validate("{\"unit\": {\"name\": \"A\"}, \"conference\": {\"colour\": \"red\"}}"))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("colour"));
        assertThat(validate("{\"unit\": {\"name\": \"A\"}, \"organiser\": \"B\"}")).isNotEmpty();
    }

    @Test
    void negativeTotalIsRejected() {
        assertThat(validate("{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"total\": -1}}"))
                .extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .anyMatch(location -> location.contains("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"unit\": {}}",
        "{\"unit\": {\"name\": \"  \"}}",
        "{\"unit\": null}",
        "{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"exemplarPercent\": 120}}",
        "{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"total\": \"150\"}}",
        "{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"total\": 150.5}}",
        "{\"unit\": {\"name\": \"A\"}, \"conference\": {\"date\": \"2025-02-30\"}}",
        "{\"unit\": {\"name\": \"A\"}, \"conference\": {\"date\": \"28/8/2025\"}}",
        "{\"unit\": {\"name\": \"A\"}, \"conference\": {\"length\": \"one_session\"}}",
        "{\"unit\": {\"name\": \"A\"}, \"conference\": {\"edition\": 0}}",
        "{\"unit\": {\"name\": \"A\"}, \"evaluationPeriod\": {\"from\": 1900, \"to\": 2025}}",
        "{\"unit\": {\"name\": \"A\"}, \"evaluationPeriod\": {\"from\": 2020}}",
        "{\"unit\": {\"name\": \"A\"}, \"programme\": [{\"text\": \"Khai mạc\"}]}",
        "{\"unit\": {\"name\": \"A\"}, \"programme\": [null]}",
        "{\"unit\": {\"name\": \"A\"}, \"reportOutline\": [\"INTRODUCTION\"]}",
        "{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"allocation\": [{\"to\": \"thôn\"}]}}",
        "{\"unit\": {\"name\": \"A\"}, \"delegation\": {\"list\": [{\"name\": \"B\"}]}}",
        "{\"unit\": {\"name\": \"A\"}, \"awardCategories\": [{\"countMin\": -2}]}",
        "{\"unit\": {\"name\": \"A\"}, \"quotes\": {\"conference/date\": \"x\"}}",
        "{\"unit\": {\"name\": \"A\"}, \"quotes\": {\"/conference/date\": 5}}",
        "{\"unit\": {\"name\": \"A\"}, \"solemnAndEconomical\": \"true\"}",
        "[]"
    })
    void documentsTheReaderRejectsAreInvalid(String json) {
        assertThat(validate(json)).as(json).isNotEmpty();
    }

    // ---- the schema names exactly what the model holds ----

    private static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
            Map.entry("Unit", Unit.class),
            Map.entry("DocumentRef", DocumentRef.class),
            Map.entry("Conference", Conference.class),
            Map.entry("YearRange", YearRange.class),
            Map.entry("Delegation", Delegation.class),
            Map.entry("Allocation", Allocation.class),
            Map.entry("Delegate", Delegate.class),
            Map.entry("ProgramItem", ProgramItem.class),
            Map.entry("Activity", Activity.class),
            Map.entry("AwardCategory", AwardCategory.class),
            Map.entry("Deadline", Deadline.class));

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("UnitLevel", UnitLevel.class),
            Map.entry("DateQualifier", DateQualifier.class),
            Map.entry("SessionLength", SessionLength.class),
            Map.entry("PriorityGroup", PriorityGroup.class),
            Map.entry("DelegateCategory", DelegateCategory.class),
            Map.entry("ProgramItemKind", ProgramItemKind.class),
            Map.entry("ActivityKind", ActivityKind.class),
            Map.entry("ReportPart", ReportPart.class),
            Map.entry("RecipientKind", RecipientKind.class),
            Map.entry("DeadlineKind", DeadlineKind.class),
            Map.entry("ResultReportItem", ResultReportItem.class));

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(JsonNode definition) {
        Set<String> names = new TreeSet<>();
        definition.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void schemaPropertiesAreTheRecordComponents() {
        assertThat(properties(schemaNode)).as("Plan").isEqualTo(components(Plan.class));
        assertThat(schemaNode.path("additionalProperties").asBoolean(true)).as("Plan closed").isFalse();
        RECORDS.forEach((name, type) -> {
            JsonNode definition = schemaNode.path("$defs").path(name);
            assertThat(properties(definition)).as(name).isEqualTo(components(type));
            assertThat(definition.path("additionalProperties").asBoolean(true)).as(name + " closed").isFalse();
        });
    }

    @Test
    void schemaEnumsAreTheModelConstants() {
        ENUMS.forEach((name, type) -> {
            List<String> listed = new ArrayList<>();
            schemaNode.path("$defs").path(name).path("enum").forEach(value -> listed.add(value.asText()));
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            assertThat(listed).as(name).isEqualTo(constants);
        });
    }

    // ---- the seed plans quote their sources word for word ----

    /** The seed text with the lines of each sentence joined: extraction breaks lines, the quotes do not. */
    private static String flattened(Path seed) throws IOException {
        return Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource({
        "hai-phong/ke-sat.json,   000-ke-sat.txt",
        "hai-phong/dai-son.json,  002-dai-son-ocr.txt",
        "lang-son/kien-moc.json,  003-kien-moc.txt",
        "hai-phong/an-hai.json,   004-an-hai.txt"
    })
    void seedPlanQuotesItsSourceWordForWord(String planFile, String seedFile) throws IOException {
        Plan plan = PlanJson.read(PLANS.resolve(planFile));
        String source = flattened(SEEDS.resolve(seedFile));

        Map<String, String> words = new java.util.TreeMap<>(plan.quotes());
        if (plan.programme() != null) {
            for (int i = 0; i < plan.programme().size(); i++) {
                words.put("programme " + i, plan.programme().get(i).text());
            }
        }
        if (plan.activities() != null) {
            for (int i = 0; i < plan.activities().size(); i++) {
                words.put("activity " + i, plan.activities().get(i).text());
            }
        }
        if (plan.deadlines() != null) {
            for (int i = 0; i < plan.deadlines().size(); i++) {
                words.put("deadline " + i, plan.deadlines().get(i).text());
            }
        }
        if (plan.awardCategories() != null) {
            for (int i = 0; i < plan.awardCategories().size(); i++) {
                words.put("award criteria " + i, plan.awardCategories().get(i).criteria());
            }
        }
        assertThat(plan.quotes()).as("quotes of " + planFile).isNotEmpty();
        words.forEach((where, text) -> {
            assertThat(text).as(planFile + " " + where).isNotBlank();
            for (String piece : text.split("\n")) {
                assertThat(source).as(planFile + " " + where + " quotes " + seedFile).contains(piece);
            }
        });
    }

    @Test
    void seedCopiesAreComplete() throws IOException {
        assertThat(SEEDS.resolve("README.md")).isRegularFile();
        for (String seed : List.of("000-ke-sat.txt", "001-hai-phong-guidance.txt", "002-dai-son-ocr.txt",
                "003-kien-moc.txt", "004-an-hai.txt")) {
            assertThat(Files.size(SEEDS.resolve(seed))).as(seed).isGreaterThan(5_000);
        }
    }
}
