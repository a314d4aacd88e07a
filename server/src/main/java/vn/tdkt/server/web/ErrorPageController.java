package vn.tdkt.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.tdkt.server.Problem;

/**
 * The container's error page, for errors that happen outside the handlers (a filter, the servlet container): the same
 * problems as {@link ProblemAdvice} answers, never Spring's default page with its exception and trace.
 */
@Controller
public class ErrorPageController implements ErrorController {
    private final ProblemResponses responses;
    private final ErrorViews views;

    public ErrorPageController(ProblemResponses responses, ErrorViews views) {
        this.responses = responses;
        this.views = views;
    }

    @RequestMapping("/error")
    public ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Problem problem = switch (status) {
            case 400 -> new Problem(Problem.Type.BAD_REQUEST, "Yêu cầu không hợp lệ.", "The request is not valid.");
            case 401 -> new Problem(Problem.Type.UNAUTHORIZED, "Cần mã truy cập.", "A token is needed.");
            case 404 -> new Problem(Problem.Type.NOT_FOUND, "Không có địa chỉ này.", "There is nothing at this address.");
            case 405 -> new Problem(Problem.Type.METHOD_NOT_ALLOWED, "Địa chỉ này không nhận phương thức này.",
                    "This address does not take this method.");
            case 413 -> new Problem(Problem.Type.TOO_LARGE, "Dữ liệu gửi lên quá lớn.", "The request is too large.");
            case 415 -> new Problem(Problem.Type.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ.",
                    "Unsupported content type.");
            case 503 -> new Problem(Problem.Type.BUSY, "Máy chủ đang bận; hãy thử lại sau.",
                    "The server is busy; try again later.");
            default -> ProblemAdvice.internal();
        };
        if (!ProblemResponses.isApi(request)) {
            return views.entity(problem, request);
        }
        return responses.entity(problem, request, null);
    }
}
