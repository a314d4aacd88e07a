package vn.tdkt.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;
import vn.tdkt.model.*;

/**
 * Bad plan documents: each is refused with a {@link PlanFormatException} that names the field (as a JSON Pointer),
 * the line and column, and what is wrong. Never a NullPointerException, never a silent default.
 *
 * <p>Where the location points: a malformed document at the offending character; a value of the wrong type or an
 * impossible date at that value; a value the model refuses (negative, out of range, missing) and an unknown field at
 * the end of the object that holds it, because the object is built once it is closed.
 */
class PlanJsonTest {
    private static final String SOURCE = "plan.json";

    private static PlanFormatException refused(String json) {
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json, SOURCE));
        assertThat(e).as("refused: " + json.substring(0, Math.min(json.length(), 80))).isNotNull();
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.getMessage()).startsWith(SOURCE).doesNotContain("NullPointerException");
        return e;
    }

    @Test
    void smallestPlanIsRead() {
        Plan plan = PlanJson.read("{\"unit\": {\"name\": \"Kẻ Sặt\"}}", SOURCE);
        assertThat(plan.unit().name()).isEqualTo("Kẻ Sặt");
        assertThat(plan.delegation().total()).isNull();
        assertThat(plan.programme()).isNull();
    }

    @Test
    void truncatedDocumentNamesLineAndColumn() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "Kẻ Sặt"},
                  "delegation": {"total": 150""");
        assertThat(e.pointer()).isEqualTo("/delegation/total");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(30);
        assertThat(e.getMessage()).startsWith("plan.json:3:30: field /delegation/total: malformed JSON")
                .contains("ends before it is complete");
    }

    @Test
    void truncatedInsideATextNamesLineAndColumn() {
        PlanFormatException e = refused("{\n  \"unit\": {\"name\": \"Kẻ S");
        assertThat(e.pointer()).isEqualTo("/unit/name");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(25);
        assertThat(e.getMessage()).contains("malformed JSON").contains("ends before it is complete");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A",}
                }""");
        assertThat(e.pointer()).isEqualTo("/unit/name");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(24);
        assertThat(e.getMessage()).startsWith("plan.json:2:24: field /unit/name: malformed JSON").contains("'}'");
    }

    @Test
    void missingCommaIsMalformed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"}
                  "delegation": {}
                }""");
        assertThat(e.pointer()).isEqualTo("/unit");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("malformed JSON").contains("comma");
    }

    @Test
    void duplicateFieldIsMalformed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"},\n \"unit\": {\"name\": \"B\"}}");
        assertThat(e.pointer()).isEqualTo("/unit");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.getMessage()).contains("malformed JSON").contains("Duplicate field 'unit'");
    }

    @Test
    void contentAfterThePlanIsMalformed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}}\n{}");
        assertThat(e.pointer()).isNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("malformed JSON").contains("after the end of the plan");
    }

    @Test
    void unknownFieldIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "conference": {"colour": "red"}
                }""");
        assertThat(e.pointer()).isEqualTo("/conference/colour");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(34);
        assertThat(e.getMessage()).startsWith("plan.json:3:34: field /conference/colour: unknown field 'colour'")
                .contains("known fields here").contains("date").contains("venue");
    }

    @Test
    void unknownFieldWithSlashAndTildeIsEscapedInThePointer() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"conference\": {\"a/b~c\": 1}}");
        assertThat(e.pointer()).isEqualTo("/conference/a~1b~0c");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(51);
        assertThat(e.getMessage()).contains("unknown field 'a/b~c'");
    }

    @Test
    void wrongTypeIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "delegation": {"total": "many"}
                }""");
        assertThat(e.pointer()).isEqualTo("/delegation/total");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(27);
        assertThat(e.getMessage())
                .isEqualTo("plan.json:3:27: field /delegation/total: expected a whole number, found the text \"many\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"delegation\": {\"total\": \"150\"}      | /delegation/total         | expected a whole number, found the text \"150\"",
        "\"delegation\": {\"total\": 150.5}        | /delegation/total         | '150.5' is not a whole number",
        "\"delegation\": {\"total\": true}         | /delegation/total         | expected a whole number, found true",
        "\"delegation\": {\"balanced\": \"true\"}  | /delegation/balanced      | expected true or false, found the text \"true\"",
        "\"delegation\": {\"balanced\": 1}         | /delegation/balanced      | '1' is not true or false",
        "\"conference\": {\"venue\": 5}            | /conference/venue         | '5' is not a text",
        "\"conference\": {\"length\": \"one_session\"} | /conference/length    | 'one_session' is not one of [ONE_SESSION, HALF_DAY, TWO_SESSIONS, ONE_DAY, SEVERAL_DAYS]",
        "\"conference\": {\"length\": 0}           | /conference/length        | '0' is not one of",
        "\"programme\": {\"kind\": \"OPENING\"}    | /programme                | expected a list, found an object",
        "\"conference\": []                        | /conference               | expected an object (Conference), found a list",
        "\"quotes\": {\"/conference/date\": 28}    | /quotes/~1conference~1date | '28' is not a text",
        "\"delegation\": {\"total\": 99999999999}  | /delegation/total         | out of range of int"
    })
    void valuesAreNeverCoercedToAnotherType(String field, String pointer, String reason) {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, " + field + "}");
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("field " + pointer + ": ").contains(reason);
    }

    @Test
    void impossibleDateIsNotARealDate() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "conference": {"date": "2025-02-30"}
                }""");
        assertThat(e.pointer()).isEqualTo("/conference/date");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(26);
        assertThat(e.getMessage()).contains("field /conference/date: '2025-02-30' is not a real date")
                .contains("YYYY-MM-DD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20250825              | expected a date YYYY-MM-DD, found a whole number",
        "[2025, 8, 25]         | expected a date YYYY-MM-DD, found a list",
        "\"2025-08-25T10:00\"  | '2025-08-25T10:00' is not a real date",
        "\"+002025-08-25\"     | '+002025-08-25' is not a real date",
        "\"0000-01-01\"        | '0000-01-01' is not a real date",
        "\"2025-8-25\"         | '2025-8-25' is not a real date",
        "true                  | expected a date YYYY-MM-DD, found true"
    })
    void aDateIsReadOnlyAsTheSchemaWritesIt(String value, String reason) {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"conference\": {\"date\": " + value + "}}");
        assertThat(e.pointer()).isEqualTo("/conference/date");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("field /conference/date: ").contains(reason);
    }

    @Test
    void dateInVietnameseFormIsNotADate() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"deadlines\": [{\"kind\": \"CONFERENCE\", "
                + "\"date\": \"25/8/2025\"}]}");
        assertThat(e.pointer()).isEqualTo("/deadlines/0/date");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(70);
        assertThat(e.getMessage()).contains("'25/8/2025' is not a real date");
    }

    @Test
    void negativeTotalIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "delegation": {"total": -5}
                }""");
        assertThat(e.pointer()).isEqualTo("/delegation/total");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(29);
        assertThat(e.getMessage()).isEqualTo("plan.json:3:29: field /delegation/total: total must not be negative (was -5)");
    }

    @Test
    void negativeAwardCountIsNamed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"awardCategories\": [{\"field\": \"y tế\"}, "
                + "{\"countMin\": -1}]}");
        assertThat(e.pointer()).isEqualTo("/awardCategories/1/countMin");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(79);
        assertThat(e.getMessage()).contains("negative");
    }

    @Test
    void percentAboveHundredIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "delegation": {"exemplarPercent": 120, "guestPercent": 30}
                }""");
        assertThat(e.pointer()).isEqualTo("/delegation/exemplarPercent");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(60);
        assertThat(e.getMessage()).contains("field /delegation/exemplarPercent: ")
                .contains("percentage from 0 to 100 (was 120)");
    }

    @Test
    void editionZeroIsNamed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"conference\": {\"edition\": 0}}");
        assertThat(e.pointer()).isEqualTo("/conference/edition");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(52);
        assertThat(e.getMessage()).contains("edition must be 1 or more");
    }

    @Test
    void emptyDocumentIsRefused() {
        PlanFormatException e = refused("");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("plan.json:1:1: field (document root): the document is empty; expected a plan object");
    }

    @Test
    void blankDocumentIsRefused() {
        PlanFormatException e = refused("  \n  ");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("the document is empty");
    }

    @Test
    void nullDocumentIsRefused() {
        PlanFormatException e = refused("\n  null");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("plan.json:2:3: field (document root): the document is null; expected a plan object");
    }

    @Test
    void listInsteadOfPlanIsRefused() {
        PlanFormatException e = refused("[]");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("expected an object (Plan), found a list");
    }

    @Test
    void missingUnitIsNamed() {
        PlanFormatException e = refused("{\"conference\": {}}");
        assertThat(e.pointer()).isEqualTo("/unit");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(18);
        assertThat(e.getMessage()).contains("field /unit: unit is required");
    }

    @Test
    void missingUnitNameIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"level": "COMMUNE"}
                }""");
        assertThat(e.pointer()).isEqualTo("/unit/name");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(30);
        assertThat(e.getMessage()).isEqualTo("plan.json:2:30: field /unit/name: unit name is required");
    }

    @Test
    void blankUnitNameIsMissing() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"   \"}}");
        assertThat(e.pointer()).isEqualTo("/unit/name");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(24);
        assertThat(e.getMessage()).contains("unit name is required");
    }

    @Test
    void invertedYearRangeIsNamed() {
        PlanFormatException e = refused("""
                {
                  "unit": {"name": "A"},
                  "evaluationPeriod": {"from": 2025, "to": 2020}
                }""");
        assertThat(e.pointer()).isEqualTo("/evaluationPeriod");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(48);
        assertThat(e.getMessage()).contains("field /evaluationPeriod: from must not be after to (was 2025-2020)");
    }

    @Test
    void yearRangeWithoutEndIsNamed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"conference\": {\"term\": {\"from\": 2025}}}");
        assertThat(e.pointer()).isEqualTo("/conference/term/to");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(61);
        assertThat(e.getMessage()).contains("a value is required here").contains("whole number");
    }

    @Test
    void programmeItemWithoutKindIsNamed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"programme\": [{\"kind\": \"OPENING\"}, "
                + "{\"text\": \"Khai mạc\"}]}");
        assertThat(e.pointer()).isEqualTo("/programme/1/kind");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(79);
        assertThat(e.getMessage()).contains("kind is required");
    }

    @Test
    void nullInAListIsNamed() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"programme\": [null]}");
        assertThat(e.pointer()).isEqualTo("/programme");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(44);
        assertThat(e.getMessage()).contains("programme must not contain null elements");
    }

    @Test
    void fileAboveTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        byte[] block = " ".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("{\"unit\": {\"name\": \"A\"}}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (long written = 0; written <= PlanJson.MAX_BYTES; written += block.length) {
                out.write(block);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(PlanJson.MAX_BYTES);

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(big));
        assertThat(e).isNotNull();
        assertThat(e.pointer()).isNull();
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
        assertThat(e.source()).isEqualTo(big.toString());
        assertThat(e.getMessage()).startsWith(big + ": file is " + Files.size(big) + " bytes")
                .contains("at most " + PlanJson.MAX_BYTES + " bytes");
    }

    @Test
    void fileThatDoesNotExistIsRefused(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(missing));
        assertThat(e).isNotNull();
        assertThat(e.pointer()).isNull();
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
        assertThat(e.getMessage()).contains("cannot read file");
    }

    @Test
    void fileIsReadAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\"unit\": {\"name\": \"Kẻ Sặt\", \"province\": \"Hải Phòng\"}}");
        assertThat(PlanJson.read(file).unit().province()).isEqualTo("Hải Phòng");
    }

    @Test
    void deeplyNestedListIsRefusedAtTheFirstBracket() {
        PlanFormatException e = refused("[".repeat(100_000));
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("expected an object (Plan), found a list");
    }

    @Test
    void deeplyNestedJunkInAFieldIsRefusedAtThatField() {
        PlanFormatException e = refused("{\"unit\": {\"name\": \"A\"}, \"quotes\": {\"/a\": " + "[".repeat(100_000));
        assertThat(e.pointer()).isEqualTo("/quotes/~1a");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(42);
        assertThat(e.getMessage()).contains("expected a text, found a list");
    }

    @Test
    void deeplyNestedObjectsHitTheNestingLimit() {
        PlanFormatException e = refused("{\"a\": ".repeat(100_000));
        assertThat(e.pointer()).isEqualTo("/a".repeat(64));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(65 * 6 - 4);
        assertThat(e.getMessage()).contains("exceeds a size limit").contains("nesting depth")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void aPlanWithADelegateListAndTheNewerFieldsReadsBackAsWritten() {
        Plan plan = new Plan(new Unit("Tiên Lãng", UnitLevel.COMMUNE, "Hải Phòng", true, List.of("Tiên Thắng")), null,
                null, null, null, new Delegation(150, null, null, null, null, null,
                List.of(new Allocation("Thôn Đông", 55, AllocationScope.EXEMPLAR_SEATS)),
                List.of(new Delegate("A", DelegateCategory.EXEMPLAR, null, true, null, null, null, null, null, null)),
                105, 45),
                List.of(new ProgramItem(ProgramItemKind.LAUNCH, "Phát động", new YearRange(2025, 2030))), null, null,
                null, null, null, null, null, null, null);
        String json = PlanJson.write(plan);
        assertThat(json).doesNotContain("\"exemplar\"");
        assertThat(PlanJson.read(json, "plan.json")).isEqualTo(plan);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWhereItsFirstStrangeByteStands(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cp1258.json");
        byte[] head = "{\"unit\": {\"name\": \"A\", \"province\": \"H".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] plan = new byte[head.length + 12];
        System.arraycopy(head, 0, plan, 0, head.length);
        // "ải Phòng\"}}" as Windows-1258 writes it: 0xE3 (a), then a combining hook 0xD2, ...
        byte[] tail = {(byte) 0xE3, (byte) 0xD2, 'i', ' ', 'P', 'h', (byte) 0xF2, 'n', 'g', '"', '}', '}'};
        System.arraycopy(tail, 0, plan, head.length, tail.length);
        Files.write(file, plan);

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(file), PlanFormatException.class);

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(head.length + 1);
        assertThat(e.getMessage()).contains("not UTF-8", "0xE3", "save it as UTF-8");
    }

    @Test
    void aByteOrderMarkAtTheStartIsDroppedAsInEveryOtherInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"unit\": {\"name\": \"Kẻ Sặt\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(PlanJson.read(file).unit().name()).isEqualTo("Kẻ Sặt");
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOn(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("plan.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(pipe), PlanFormatException.class);

        assertThat(e.getMessage()).contains("not a regular file");
    }

    @Test
    void aSyntaxErrorNeverTellsTheAuthorToEnableAParsersFeature() {
        java.util.Map<String, String> cases = java.util.Map.of(
                "{\"unit\": {\"name\": NaN}}", "Non-standard token 'NaN'",
                "{\"unit\": {\"name\": \"A\"} // note\n}", "comment",
                "{'unit': {}}", "double-quote");
        cases.forEach((json, reason) -> assertThat(refused(json).getMessage()).as(json).contains(reason)
                .doesNotContain("enable", "Feature", "JsonReadFeature"));
    }
}
