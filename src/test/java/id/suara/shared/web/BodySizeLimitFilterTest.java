package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** API bodies over the limit are refused with 413 whether or not they announce their length; smaller ones pass on. */
class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter =
            new BodySizeLimitFilter(new ProblemWriter(JsonMapper.builder().build()));

    /** A request whose length is unknown, as with chunked transfer encoding. */
    private static MockHttpServletRequest chunked(int bytes) {
        var request = new MockHttpServletRequest("POST", "/api/v1/submissions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContentType("application/json");
        request.setContent(new byte[bytes]);
        return request;
    }

    private static final FilterChain READS_EVERYTHING =
            (request, response) -> request.getInputStream().readAllBytes();

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(chunked((int) BodySizeLimitFilter.MAX_BYTES + 1), response, READS_EVERYTHING);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
    }

    @Test
    void refusesABodyThatAnnouncesALengthOverTheLimitWithoutPassingItOn() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/submissions");
        request.setContentType("application/json");
        request.setContent(new byte[(int) BodySizeLimitFilter.MAX_BYTES + 1]);
        var reached = new AtomicBoolean();
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
        assertThat(reached).isFalse();
    }

    @Test
    void passesAChunkedBodyUpToTheLimitOnWhole() throws Exception {
        var read = new AtomicInteger(-1);
        var response = new MockHttpServletResponse();

        filter.doFilter(
                chunked((int) BodySizeLimitFilter.MAX_BYTES),
                response,
                (request, ignored) -> read.set(request.getInputStream().readAllBytes().length));

        assertThat(read).hasValue((int) BodySizeLimitFilter.MAX_BYTES);
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getStatus()).isNotEqualTo(413);
    }

    @Test
    void leavesMultipartUploadsToTheirOwnLimits() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/submissions");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[(int) BodySizeLimitFilter.MAX_BYTES * 2]);
        var reached = new AtomicBoolean();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(true));
        assertThat(reached).isTrue();
    }
}
