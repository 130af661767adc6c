package id.suara.shared.web;

import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * How the administration pages answer a form that cannot be saved: the form again, with status 422, a summary at the
 * top ({@code problemMessage}) and each field's message key in the page's {@code errors}.
 */
public final class RefusedForms {

    /** The summary shown above a refused form unless a page has a more precise one. */
    public static final String INVALID = "web.admin.form.invalid";

    private RefusedForms() {}

    /** Answers with 422 and the summary {@code problem} (a message key). */
    public static void answer(HttpServletResponse response, Model model, String problem) {
        response.setStatus(422);
        model.addAttribute("problemMessage", problem);
    }

    /** Answers with 422 and the general summary. */
    public static void answer(HttpServletResponse response, Model model) {
        answer(response, model, INVALID);
    }

    /**
     * Adds a refusal's field errors as message keys under {@code prefix}: {@code <prefix><field>} for an invalid value
     * (a field already in {@code errors} keeps its message), {@code <prefix>taken} for a value already in use.
     */
    public static void addErrors(RuntimeException refusal, String prefix, Map<String, String> errors) {
        if (refusal instanceof ConflictException conflict) {
            errors.put(conflict.field(), prefix + "taken");
        } else {
            ((InvalidInputException) refusal)
                    .errors()
                    .forEach(error -> errors.putIfAbsent(error.field(), prefix + error.field()));
        }
    }
}
