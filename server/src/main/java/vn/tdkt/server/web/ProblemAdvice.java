package vn.tdkt.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.tdkt.server.Problem;
import vn.tdkt.server.TdktProperties;

/**
 * Every error of a request, answered in words: a {@link Problem} as it is; Spring's own (no such address, a method or
 * a media type not accepted, a missing part, an upload over the limit) as the problem of its status; anything else
 * as a 500 that says nothing of the server's insides, logged here with its stack trace. The API's requests get
 * {@code application/problem+json}; the page's get the page's error view ({@link ErrorViews}).
 */
@RestControllerAdvice
public class ProblemAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemResponses responses;
    private final ErrorViews views;
    private final TdktProperties properties;

    public ProblemAdvice(ProblemResponses responses, ErrorViews views, TdktProperties properties) {
        this.responses = responses;
        this.views = views;
        this.properties = properties;
    }

    /** A problem the server raised itself. */
    @ExceptionHandler(Problem.class)
    public ResponseEntity<?> problem(Problem problem, HttpServletRequest request) {
        return answer(problem, request, null);
    }

    /** An upload over {@code tdkt.max-upload-size}: 413. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<?> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long limit = properties.maxUploadSize().toBytes();
        return answer(new Problem(Problem.Type.TOO_LARGE,
                "Tệp tải lên lớn hơn giới hạn " + limit / (1024 * 1024) + " MB.",
                "The upload is larger than the limit of " + limit / (1024 * 1024) + " MB.").with("limit", limit),
                request, null);
    }

    /** A parameter of the wrong type ({@code explain=maybe}): 400. */
    @ExceptionHandler(TypeMismatchException.class)
    public ResponseEntity<?> badParameter(TypeMismatchException e, HttpServletRequest request) {
        String name = e.getPropertyName();
        return answer(Problem.badParameter(name, "giá trị '" + e.getValue() + "' của tham số " + name
                + " không hợp lệ", "the value '" + e.getValue() + "' of parameter " + name + " is not valid"),
                request, null);
    }

    /** A body Spring cannot read: 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<?> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(new Problem(Problem.Type.BAD_REQUEST, "Không đọc được nội dung yêu cầu.",
                "The request's body cannot be read."), request, null);
    }

    /** A form without its {@code file} part: 400. */
    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<?> missingPart(MissingServletRequestPartException missing, HttpServletRequest request) {
        return answer(new Problem(Problem.Type.BAD_REQUEST, "Thiếu phần '" + missing.getRequestPartName()
                + "' (tệp kế hoạch) trong yêu cầu.", "The request has no part '" + missing.getRequestPartName()
                + "' (the plan's file).").with("part", missing.getRequestPartName()), request, null);
    }

    /** A form that cannot be read: 400. */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<?> multipart(MultipartException e, HttpServletRequest request) {
        return answer(new Problem(Problem.Type.BAD_REQUEST, "Không đọc được tệp tải lên (multipart/form-data).",
                "The upload (multipart/form-data) cannot be read."), request, null);
    }

    /** Spring's errors: each as the problem of its status, with its headers (Allow, Accept). */
    private ResponseEntity<?> spring(Exception e, ErrorResponse error, HttpServletRequest request) {
        HttpStatusCode status = error.getStatusCode();
        String path = ProblemResponses.path(request).replaceAll("[^\\p{L}\\p{N}/._~-]", "");
        Problem problem = switch (status.value()) {
            case 404 -> new Problem(Problem.Type.NOT_FOUND, "Không có địa chỉ " + path + ".",
                    "There is nothing at " + path + ".");
            case 405 -> new Problem(Problem.Type.METHOD_NOT_ALLOWED, "Địa chỉ " + path + " không nhận phương thức "
                    + request.getMethod() + allowed(e, "; dùng: "), "The address " + path + " does not take "
                    + request.getMethod() + allowed(e, "; use: "));
            case 406 -> new Problem(Problem.Type.NOT_ACCEPTABLE, "Không có câu trả lời ở định dạng được yêu cầu "
                    + "(Accept).", "There is no answer in the format the request accepts (Accept).");
            case 415 -> new Problem(Problem.Type.UNSUPPORTED_MEDIA_TYPE, "Địa chỉ " + path + " không nhận kiểu nội "
                    + "dung này" + accepted(e, "; nhận: "), "The address " + path + " does not take this content type"
                    + accepted(e, "; it takes: "));
            case 413 -> new Problem(Problem.Type.TOO_LARGE, "Dữ liệu gửi lên quá lớn.", "The request is too large.");
            case 503 -> new Problem(Problem.Type.TIME_LIMIT, "Yêu cầu kéo dài quá giới hạn thời gian của máy chủ.",
                    "The request took longer than the server's time limit.");
            default -> status.is4xxClientError() ? new Problem(Problem.Type.BAD_REQUEST, badRequestVi(e),
                    badRequestEn(e)) : null;
        };
        if (problem == null) {
            return failed(e, request);
        }
        return answer(problem, request, error.getHeaders());
    }

    /** Any other error: Spring's own as the problem of its status, the rest as a 500, logged. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<?> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse error) {
            return spring(e, error, request);
        }
        return failed(e, request);
    }

    private ResponseEntity<?> failed(Exception e, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), ProblemResponses.path(request), e);
        return answer(internal(), request, null);
    }

    /** The 500 problem: nothing of the server's insides, only that the error is logged. */
    static Problem internal() {
        return new Problem(Problem.Type.INTERNAL,
                "Máy chủ gặp lỗi khi xử lý yêu cầu; lỗi đã được ghi lại để quản trị viên xem xét.",
                "The server failed to handle the request; the error is logged for its administrators.");
    }

    private ResponseEntity<?> answer(Problem problem, HttpServletRequest request, HttpHeaders headers) {
        if (!ProblemResponses.isApi(request)) {
            return views.entity(problem, request);
        }
        return responses.entity(problem, request, headers);
    }

    private static String allowed(Exception e, String prefix) {
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedMethods() != null) {
            return prefix + String.join(", ", m.getSupportedMethods()) + ".";
        }
        return ".";
    }

    private static String accepted(Exception e, String prefix) {
        if (e instanceof HttpMediaTypeNotSupportedException m && !m.getSupportedMediaTypes().isEmpty()) {
            return prefix + String.join(", ", m.getSupportedMediaTypes().stream().map(Object::toString).toList()) + ".";
        }
        return ".";
    }

    private static String badRequestVi(Exception e) {
        if (e instanceof MissingServletRequestParameterException m) {
            return "Thiếu tham số " + m.getParameterName() + ".";
        }
        return "Yêu cầu không hợp lệ.";
    }

    private static String badRequestEn(Exception e) {
        if (e instanceof MissingServletRequestParameterException m) {
            return "The parameter " + m.getParameterName() + " is missing.";
        }
        return "The request is not valid.";
    }
}
