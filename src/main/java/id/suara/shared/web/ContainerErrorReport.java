package id.suara.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for what it refuses before any filter or servlet runs, such as an encoded slash, backslash or
 * NUL in the path ({@code /api/v1/submissions/..%2F..}): a problem document under {@code /api/}, an HTML page in the
 * site's layout elsewhere, instead of Tomcat's own HTML page. Errors Suara answers itself never reach it.
 */
class ContainerErrorReport extends ErrorReportValve {

    private final ProblemWriter problems;

    ContainerErrorReport(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            if (ErrorPages.api(request.getRequestURI())) {
                problems.write(response, ErrorPages.problem(status));
            } else {
                response.setHeader(
                        "Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(ErrorPages.staticPage(status, ErrorPages.readsEnglish(request.getCookies())));
                }
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }
}
