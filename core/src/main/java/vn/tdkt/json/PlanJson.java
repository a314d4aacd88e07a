package vn.tdkt.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import vn.tdkt.model.Plan;

/**
 * Reads and writes plan documents. Strict: unknown fields, wrong types, impossible dates and negative counts are
 * errors that name the field and its line and column, never a silent default.
 */
public final class PlanJson {
    /** Plans larger than this are refused before parsing (a plan is a few kilobytes). */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1_000_000).maxNestingDepth(64).maxNumberLength(20).build());
    }

    private PlanJson() {}

    /** The mapper configured for plans; shared, do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Plan read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PlanFormatException(source, null, 0, 0,
                        "file is " + size + " bytes; a plan may be at most " + MAX_BYTES + " bytes", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), source);
            }
        } catch (PlanFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    public static Plan read(String json, String source) {
        if (json.length() > MAX_BYTES) {
            throw new PlanFormatException(source, null, 0, 0, "document is larger than " + MAX_BYTES + " characters", null);
        }
        return read(new StringReader(json), source);
    }

    public static Plan read(Reader reader, String source) {
        try (JsonParser parser = MAPPER.createParser(reader)) {
            Plan plan = MAPPER.readValue(parser, Plan.class);
            if (plan == null) {
                throw new PlanFormatException(source, "", 1, 1, "the document is empty or null; expected a plan object", null);
            }
            return plan;
        } catch (PlanFormatException e) {
            throw e;
        } catch (JsonMappingException e) {
            throw mappingError(source, e);
        } catch (StreamConstraintsException e) {
            throw error(source, null, e.getLocation(), "document exceeds a size limit: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw error(source, null, e.getLocation(), "malformed JSON: " + clean(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new PlanFormatException(source, null, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    public static String write(Plan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan " + plan.label(), e);
        }
    }

    private static PlanFormatException mappingError(String source, JsonMappingException e) {
        String pointer = pointer(e);
        String reason;
        if (e instanceof UnrecognizedPropertyException u) {
            reason = "unknown field '" + u.getPropertyName() + "'; known fields here: " + u.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException f) {
            reason = invalidValue(f);
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            reason = cause.getMessage();
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            reason = "expected " + describeType(m.getTargetType()) + ": " + clean(m.getOriginalMessage());
        } else {
            reason = clean(e.getOriginalMessage());
        }
        return error(source, pointer, e.getLocation(), reason, e);
    }

    private static String invalidValue(InvalidFormatException f) {
        Class<?> type = f.getTargetType();
        if (f.getCause() instanceof DateTimeParseException || type == java.time.LocalDate.class) {
            return "'" + f.getValue() + "' is not a real date (expected YYYY-MM-DD, such as 2025-08-25)";
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

    /** Jackson's messages mention its own classes; keep the part a user can act on. */
    private static String clean(String message) {
        if (message == null) {
            return "invalid document";
        }
        return message.replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value")
                .replaceAll("\\s+", " ").strip();
    }
}
