package vn.tdkt.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.model.Plan;

/**
 * Reads and writes plan documents. Strict: unknown fields, wrong types, impossible dates and negative counts are
 * errors that name the field and its line and column, never a silent default. No value changes type on the way in:
 * {@code "150"} is not a number, {@code 150.5} is not a whole number, {@code "true"} and {@code 1} are not booleans
 * and {@code 5} is not a text.
 */
public final class PlanJson {
    /** Plans larger than this are refused before parsing (a plan is a few kilobytes). */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("plan-dates")
                    .addDeserializer(java.time.LocalDate.class, new PlanDates()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // a plan is its record components: helpers such as Delegate.isExemplar() are not facts to write
            .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.IS_GETTER,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1_000_000).maxNestingDepth(64).maxNumberLength(20)
                .maxDocumentLength(MAX_BYTES).build());
    }

    private PlanJson() {}

    /** The mapper configured for plans; shared, do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A plan file: strict UTF-8, at most {@value #MAX_BYTES} bytes; errors name file, line, column and field. */
    public static Plan read(Path file) {
        return read(Utf8Text.read(file, MAX_BYTES), file.toString());
    }

    /**
     * A plan from a stream (standard input, an upload), read to its end as strict UTF-8 and refused unread past
     * {@value #MAX_BYTES} bytes; the stream is left open.
     */
    public static Plan read(java.io.InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PlanFormatException(source, null, 0, 0, "the plan is larger than " + MAX_BYTES
                    + " bytes", null);
        }
        return read(Utf8Text.decode(bytes, source), source);
    }

    /**
     * A plan from its JSON text, as a host holds it (a request body, a field of a form); {@code source} names it in
     * errors and may be null. Refused past {@value #MAX_BYTES} characters.
     */
    public static Plan read(String json, String source) {
        if (json.length() > MAX_BYTES) {
            throw new PlanFormatException(source, null, 0, 0, "document is larger than " + MAX_BYTES + " characters", null);
        }
        return read(new StringReader(json), source);
    }

    /** A plan from a reader, read with the same strictness and errors; the reader is closed. */
    public static Plan read(Reader reader, String source) {
        return readDocument(reader, source, MAPPER.constructType(Plan.class), "a plan object");
    }

    /**
     * Reads one JSON document of the given type with the plan reader's strictness and errors (file, line, column,
     * field); shared by the other documents a host passes in, such as waivers.
     */
    static <T> T readDocument(Reader reader, String source, com.fasterxml.jackson.databind.JavaType type,
                              String expected) {
        JsonParser parser;
        try {
            parser = MAPPER.createParser(reader);
        } catch (IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        try (parser) {
            T value;
            try {
                value = MAPPER.readValue(parser, type);
            } catch (StreamConstraintsException e) {
                // a limit is hit before the parser has built a location for the error: report where it stopped
                throw streamError(source, e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                        where(parser));
            }
            if (value == null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new PlanFormatException(source, "", Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1),
                        "the document is null; expected " + expected, null);
            }
            return value;
        } catch (PlanFormatException e) {
            throw e;
        } catch (JsonMappingException e) {
            throw mappingError(source, e, expected, where(parser));
        } catch (JsonProcessingException e) {
            throw streamError(source, e, e.getLocation(), where(parser));
        } catch (IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The plan's JSON text, indented, without its unstated (null) fields: what {@link #read(String, String)} reads
     * back to an equal plan.
     */
    public static String write(Plan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan " + plan.label(), e);
        }
    }

    /**
     * Where the parser stood when the text broke off: the pointer of the field it was in ("/delegation/total"), or
     * null at the document's root. A syntax error names its field like any other.
     */
    private static String where(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? null : pointer;
    }

    private static PlanFormatException mappingError(String source, JsonMappingException e, String expected,
                                                    String where) {
        // Databind wraps the parser's own errors (a truncated or malformed document, a size limit) with the path it
        // was reading; they are errors of the JSON text, not of a field.
        if (e.getCause() instanceof JsonParseException || e.getCause() instanceof StreamConstraintsException) {
            JsonProcessingException cause = (JsonProcessingException) e.getCause();
            return streamError(source, cause, cause.getLocation() != null ? cause.getLocation() : e.getLocation(),
                    where);
        }
        String pointer = pointer(e);
        String reason;
        if (e instanceof UnrecognizedPropertyException u) {
            reason = "unknown field '" + u.getPropertyName() + "'; known fields here: " + u.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException f) {
            reason = invalidValue(f);
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            reason = cause.getMessage() == null ? "invalid value" : cause.getMessage();
            pointer = pointer + fieldNamedBy(reason, v.getType() == null ? null : v.getType().getRawClass());
        } else if (e instanceof MismatchedInputException m) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.startsWith("No content to map")) {
                JsonLocation end = e.getLocation();
                int line = end == null ? 1 : Math.max(end.getLineNr(), 1);
                int column = end == null ? 1 : Math.max(end.getColumnNr(), 1);
                return new PlanFormatException(source, "", line, column,
                        "the document is empty; expected " + expected, e);
            }
            if (original.startsWith("Trailing token")) {
                return error(source, null, e.getLocation(),
                        "malformed JSON: more content after the end of the plan object", e);
            }
            reason = m.getTargetType() == null ? clean(original) : mismatch(m.getTargetType(), original);
        } else {
            reason = clean(e.getOriginalMessage());
        }
        return error(source, pointer, e.getLocation(), reason, e);
    }

    private static PlanFormatException streamError(String source, JsonProcessingException e, JsonLocation location,
                                                   String pointer) {
        String reason;
        if (e instanceof StreamConstraintsException) {
            reason = "document exceeds a size limit: " + clean(e.getOriginalMessage());
        } else if (e instanceof JsonEOFException) {
            reason = "malformed JSON: the document ends before it is complete (truncated?): "
                    + clean(e.getOriginalMessage());
        } else {
            reason = "malformed JSON: " + clean(e.getOriginalMessage());
        }
        return error(source, pointer, location, reason, e);
    }

    private static final Pattern FOUND_COERCE = Pattern.compile("Cannot coerce ([\\w-]+) value \\((.*?)\\) to");
    private static final Pattern FOUND_FROM = Pattern.compile("from ([\\w-]+) value(?: \\('(.*?)'\\))?");

    /** "expected a whole number, found the text "many"": what the field takes and what the document holds. */
    private static String mismatch(Class<?> target, String original) {
        String expected = "expected " + describeType(target);
        if (original.startsWith("Cannot map `null`")) {
            return "a value is required here: " + expected + ", found null or nothing";
        }
        Matcher matcher = FOUND_COERCE.matcher(original);
        if (!matcher.find()) {
            matcher = FOUND_FROM.matcher(original);
            if (!matcher.find()) {
                return expected + ": " + clean(original);
            }
        }
        String shape = matcher.group(1);
        String value = matcher.group(2);
        String found = switch (shape) {
            case "String" -> value == null ? "a text" : "the text " + quoted(value);
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "Boolean" -> original.contains("VALUE_TRUE") ? "true" : original.contains("VALUE_FALSE") ? "false"
                    : "true or false";
            case "Integer" -> value == null ? "a whole number" : "the number " + value;
            case "Floating-point" -> value == null ? "a decimal number" : "the number " + value;
            default -> shape.toLowerCase(Locale.ROOT) + (value == null ? "" : " " + value);
        };
        return expected + ", found " + found;
    }

    private static String quoted(String value) {
        String bare = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        return "\"" + bare + "\"";
    }

    /**
     * The model's constructors name the component they reject first ("total must not be negative", "kind is
     * required", "unit name is required"); point at that component when it is one of the record's own.
     */
    static String fieldNamedBy(String reason, Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "";
        }
        String[] words = reason.split("[\\s:(,]+", 3);
        String candidate = words.length > 0 ? words[0] : "";
        if (candidate.equalsIgnoreCase(type.getSimpleName()) && words.length > 1) {
            candidate = words[1];
        }
        java.util.List<String> names = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        if (!names.contains(candidate)) {
            return "";
        }
        // "from must not be after to" is about the pair, not about one of them
        for (String other : names) {
            if (!other.equals(candidate) && Pattern.compile("\\b" + Pattern.quote(other) + "\\b").matcher(reason).find()) {
                return "";
            }
        }
        return "/" + candidate;
    }

    private static String invalidValue(InvalidFormatException f) {
        Class<?> type = f.getTargetType();
        if (f.getCause() instanceof DateTimeParseException || type == java.time.LocalDate.class) {
            return "'" + f.getValue() + "' is not a real date (expected YYYY-MM-DD, such as 2025-08-25, of a year from "
                    + PlanDates.FIRST_YEAR + " to " + PlanDates.LAST_YEAR + ")";
        }
        if (type != null && type.isEnum()) {
            return "'" + f.getValue() + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "'" + f.getValue() + "' is not " + describeType(type);
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    /** RFC 6901 pointer from Jackson's path: /delegation/list/3/category. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static PlanFormatException error(String source, String pointer, JsonLocation location, String reason,
                                             Throwable cause) {
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new PlanFormatException(source, pointer, line, column, reason, cause);
    }

    /** Jackson's messages mention its own classes and sources; keep the part a user can act on. */
    private static String clean(String message) {
        if (message == null) {
            return "invalid document";
        }
        // Jackson suggests enabling its own features ("enable `JsonReadFeature.…` to allow", "Feature 'ALLOW_…' not
        // enabled"): a plan's author cannot, and the reader reads standard JSON only
        message = message.replaceAll(":? ?\\(?(?:not recognized as one since )?Feature '[A-Z_]+' not enabled for parser\\)?", "")
                .replaceAll(":? ?enable `[A-Za-z._]+` to allow", " (standard JSON does not allow it)")
                .replaceAll(" \\(or enable `[A-Za-z._]+` to allow[^)]*\\)", "");
        return message.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value")
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("\\s+", " ").strip();
    }
}
