package vn.tdkt.server;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the server answers with an RFC 9457 problem: its type, status and title, and the detail in Vietnamese
 * and English. {@link #toDetail} gives {@code title} and {@code detail} in the request's language, both details as
 * {@code detail_vi} and {@code detail_en}, and the members of the type (the plan's {@code field}, {@code line} and
 * {@code column}; the importer's {@code kind}; the {@code limit} in bytes). Its words are for people: no class name,
 * no stack trace.
 */
public final class Problem extends RuntimeException {

    /** The kinds of problem, each with its status and its title in both languages. */
    public enum Type {
        UNREADABLE_PLAN(HttpStatus.BAD_REQUEST, "unreadable-plan", "Kế hoạch không đọc được", "The plan cannot be read"),
        BAD_PARAMETER(HttpStatus.BAD_REQUEST, "bad-parameter", "Tham số không hợp lệ", "A parameter is not valid"),
        BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ", "The request is not valid"),
        UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Cần mã truy cập", "A token is needed"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", "Not found"),
        METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Phương thức không được hỗ trợ",
                "Method not allowed"),
        NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Không có định dạng trả lời phù hợp",
                "No acceptable answer"),
        TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Dữ liệu gửi lên quá lớn", "The request is too large"),
        UNSUPPORTED_DOCUMENT(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document", "Tệp không đọc được",
                "The file cannot be read as a plan"),
        UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Kiểu dữ liệu không được hỗ trợ", "Unsupported media type"),
        NO_PACK(HttpStatus.UNPROCESSABLE_ENTITY, "no-pack", "Không có bộ quy tắc phù hợp",
                "No rule pack fits the plan"),
        BUSY(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Máy chủ đang bận", "The server is busy"),
        TIME_LIMIT(HttpStatus.SERVICE_UNAVAILABLE, "time-limit", "Quá thời gian kiểm tra",
                "The check took too long"),
        INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Lỗi máy chủ", "Server error");

        private final HttpStatus status;
        private final URI uri;
        private final String titleVi;
        private final String titleEn;

        Type(HttpStatus status, String name, String titleVi, String titleEn) {
            this.status = status;
            this.uri = URI.create("urn:tdkt:problem:" + name);
            this.titleVi = titleVi;
            this.titleEn = titleEn;
        }

        public HttpStatus status() {
            return status;
        }

        /** The problem's type, {@code urn:tdkt:problem:<name>}. */
        public URI uri() {
            return uri;
        }

        /** The title in a language. */
        public String title(Lang lang) {
            return lang.pick(titleVi, titleEn);
        }
    }

    private final Type type;
    private final String detailVi;
    private final String detailEn;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private Duration retryAfter;

    /** A problem of this type, with its detail in Vietnamese and English. */
    public Problem(Type type, String detailVi, String detailEn) {
        super(detailEn, null, false, false);
        this.type = type;
        this.detailVi = detailVi;
        this.detailEn = detailEn;
    }

    /** Adds a member to the problem (null values are left out). */
    public Problem with(String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
        return this;
    }

    /** The answer says when to try again ({@code Retry-After}). */
    public Problem retryAfter(Duration after) {
        this.retryAfter = after;
        return this;
    }

    public Type type() {
        return type;
    }

    public String detailVi() {
        return detailVi;
    }

    public String detailEn() {
        return detailEn;
    }

    /** The detail in a language. */
    public String detail(Lang lang) {
        return lang.pick(detailVi, detailEn);
    }

    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    /** When to try again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The problem as Spring writes it ({@code application/problem+json}). */
    public ProblemDetail toDetail(Lang lang, String instance) {
        ProblemDetail detail = ProblemDetail.forStatus(type.status());
        detail.setType(type.uri());
        detail.setTitle(type.title(lang));
        detail.setDetail(detail(lang));
        if (instance != null) {
            detail.setInstance(URI.create(instance.replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        detail.setProperty("detail_vi", detailVi);
        detail.setProperty("detail_en", detailEn);
        members.forEach(detail::setProperty);
        return detail;
    }

    /** A parameter that is not valid. */
    public static Problem badParameter(String parameter, String vi, String en) {
        return new Problem(Type.BAD_PARAMETER, vi, en).with("parameter", parameter);
    }
}
