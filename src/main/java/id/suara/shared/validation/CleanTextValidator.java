package id.suara.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}. */
public class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(CleanText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isClean(value, multiline);
    }

    /** Whether the text has no control, bidi-override or unpaired surrogate characters. */
    public static boolean isClean(CharSequence value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    return false;
                }
            } else if (Character.isISOControl(c)
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
