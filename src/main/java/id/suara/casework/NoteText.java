package id.suara.casework;

import id.suara.shared.validation.CleanText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What staff may write as a note on a case (with an action, a requirement check, or as an internal note): at most
 * {@value #MAX} characters of plain text, line breaks allowed. The API's requests and the case page's forms carry this
 * one rule, so the two cannot disagree.
 */
@Size(max = NoteText.MAX)
@CleanText(multiline = true)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface NoteText {

    /** The longest note, in characters. */
    int MAX = 5000;

    String message() default "{jakarta.validation.constraints.Size.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
