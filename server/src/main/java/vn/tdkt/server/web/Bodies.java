package vn.tdkt.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** A request's body, read whole into memory up to a limit: a body over it is a 413 problem, read no further. */
final class Bodies {
    private Bodies() {}

    /** The body, at most {@code limit} bytes. */
    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        refuseOver(request, limit);
        InputStream in = request.getInputStream();
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw ApiController.tooLarge(limit);
        }
        return body;
    }

    /** A 413 problem when the request says its body is over the limit (a chunked body is measured as it is read). */
    static void refuseOver(HttpServletRequest request, long limit) {
        if (request.getContentLengthLong() > limit) {
            throw ApiController.tooLarge(limit);
        }
    }
}
