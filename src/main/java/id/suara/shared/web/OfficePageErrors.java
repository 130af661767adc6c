package id.suara.shared.web;

import id.suara.shared.ForbiddenException;
import id.suara.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals on back-office pages ({@link OfficePage}) are pages too, not the API's problem documents. */
@ControllerAdvice(annotations = OfficePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficePageErrors {

    private static String problem(HttpServletResponse response, Model model, int status, String problem) {
        response.setStatus(status);
        model.addAttribute("problem", problem);
        return "office/problem";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return problem(response, model, 403, "forbidden");
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
