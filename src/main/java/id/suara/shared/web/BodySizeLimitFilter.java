package id.suara.shared.web;

import id.suara.shared.InvalidInputException.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies (other than multipart uploads, which have their own limits) larger than
 * {@value #MAX_BYTES} bytes with 413, whether or not they announce their length, before anything parses them. Runs just
 * after Spring Security, so refusals carry the security headers too.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 256 * 1024;

    private final ProblemWriter problems;

    BodySizeLimitFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            tooLarge(response);
            return;
        }
        var limited = new LimitedRequest(request);
        try {
            chain.doFilter(limited, response);
        } catch (Exception e) {
            if (limited.exceeded && !response.isCommitted()) {
                response.resetBuffer();
                tooLarge(response);
                return;
            }
            throw e;
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        problems.write(response, tooLargeProblem());
    }

    /** The 413 of a body past the limit, whether this filter or a body reader notices it. */
    static ProblemDetail tooLargeProblem() {
        return ProblemWriter.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Request too large",
                "The request body is larger than " + MAX_BYTES + " bytes",
                List.of(new FieldError("body", "is larger than " + MAX_BYTES + " bytes")));
    }

    /** Thrown while reading a body past the limit; answered with 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("Request body larger than " + MAX_BYTES + " bytes");
        }
    }

    /** Counts the bytes read and fails once the limit is passed. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = delegate.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > MAX_BYTES) {
                            exceeded = true;
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
