package id.suara.staff;

import id.suara.shared.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers unauthenticated and forbidden API calls with RFC 9457 problem details. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Said for a wrong password, an unknown name and a disabled account alike. */
    static final String UNAUTHENTICATED = "Sign in with a staff account to use this endpoint.";

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Suara\"");
        if (e instanceof LockedException) {
            write(response, HttpStatus.UNAUTHORIZED, "account-locked", "Account locked", e.getMessage());
        } else {
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in", UNAUTHENTICATED);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your roles do not allow this.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        problems.write(response, status, type, title, detail, List.of());
    }
}
