package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

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
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
    }

    @Test
    void letsAChunkedBodyUpToTheLimitThrough() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(chunked((int) BodySizeLimitFilter.MAX_BYTES), response, READS_EVERYTHING);
        assertThat(response.getStatus()).isEqualTo(200);
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
