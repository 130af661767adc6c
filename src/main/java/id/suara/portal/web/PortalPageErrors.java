package id.suara.portal.web;

import id.suara.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals on the public portal's pages ({@link PortalPage}) are HTML pages in the reader's language, not JSON. */
@ControllerAdvice(annotations = PortalPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPageErrors {

    private static String problem(HttpServletResponse response, Model model, int status, String problem) {
        response.setStatus(status);
        model.addAttribute("problem", problem);
        return "portal/problem";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return problem(response, model, 404, "notFound");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badRequest(HttpServletResponse response, Model model) {
        return problem(response, model, 400, "badRequest");
    }
}
