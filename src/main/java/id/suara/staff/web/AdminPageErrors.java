package id.suara.staff.web;

import id.suara.shared.ForbiddenException;
import id.suara.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals on the administration pages are pages too, not the API's problem documents. */
@ControllerAdvice(assignableTypes = StaffAdminPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageErrors {

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("problem", "forbidden");
        return "casework/problem";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("problem", "notFound");
        return "casework/problem";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badRequest(HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("problem", "badRequest");
        return "casework/problem";
    }
}
