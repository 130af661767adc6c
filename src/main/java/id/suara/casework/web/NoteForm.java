package id.suara.casework.web;

import id.suara.casework.NoteText;
import id.suara.intake.Masking;
import jakarta.validation.constraints.NotBlank;

/** The internal note form of the case page. */
record NoteForm(@NotBlank @NoteText String text) {

    /** Without the text, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "NoteForm[text=" + Masking.mask(text) + "]";
    }
}
