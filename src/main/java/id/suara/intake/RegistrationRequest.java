package id.suara.intake;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import id.suara.shared.validation.CleanText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A submission to register.
 *
 * @param institution the code of the institution it is addressed to, e.g. {@code dprd-kebumen}
 * @param complainant who submits; may be left out of an anonymous submission
 * @param confidential whether the complainant asks for their identity to be withheld from everyone but the staff who
 *     handle the case (003 II.C.7)
 * @param anonymous whether the complainant gives no identity at all (optional, false when left out); only where the
 *     institution's procedure allows it, and then every identity field must be empty
 * @param respondent who is complained about (teradu), if anyone
 * @param audienceRequestedFor for in-person submissions: when the delegation asks to be received
 * @param delegationSize for in-person submissions: how many people come
 * @param language the language notices are written in, {@code id} or {@code en}; {@code id} when left out
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 40) @CleanText String institution,
        @NotNull SubmissionKind kind,
        @NotNull Channel channel,

        @Schema(
                description = "Who submits: required, with at least the name when the public submits, unless"
                        + " the submission is anonymous (then left out or with every identity field empty)")
        @Valid
        Complainant complainant,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Whether the complainant's identity is withheld from everyone but the staff"
                        + " who handle the case; true or false, never left out")
        boolean confidential,

        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean anonymous,
        @Size(max = 300) @CleanText String respondent,
        @NotBlank @Size(max = 200) @CleanText String title,

        @NotBlank @Size(max = 2000) @CleanText(multiline = true)
        String purpose,

        @NotBlank @Size(max = 20000) @CleanText(multiline = true)
        String substance,

        OffsetDateTime audienceRequestedFor,
        Integer delegationSize,

        @Schema(
                description = "The language notices are written to the complainant in: 'id' (Bahasa Indonesia, when"
                        + " left out) or 'en' (English)",
                allowableValues = {"id", "en"})
        @Pattern(regexp = "id|en", message = "must be 'id' or 'en'")
        String language) {

    /** A submission whose complainant is written to in Bahasa Indonesia, the default. */
    public RegistrationRequest(
            String institution,
            SubmissionKind kind,
            Channel channel,
            Complainant complainant,
            boolean confidential,
            boolean anonymous,
            String respondent,
            String title,
            String purpose,
            String substance,
            OffsetDateTime audienceRequestedFor,
            Integer delegationSize) {
        this(
                institution,
                kind,
                channel,
                complainant,
                confidential,
                anonymous,
                respondent,
                title,
                purpose,
                substance,
                audienceRequestedFor,
                delegationSize,
                null);
    }

    /** The language to write to the complainant in: {@code id} unless {@code en} was chosen. */
    public String languageOrDefault() {
        return "en".equals(language) ? "en" : "id";
    }

    /** The complainant and every text masked: they may hold personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "RegistrationRequest[institution=" + institution + ", kind=" + kind + ", channel=" + channel
                + ", complainant=" + complainant + ", confidential=" + confidential + ", anonymous=" + anonymous
                + ", respondent=" + Masking.mask(respondent) + ", title=" + Masking.mask(title) + ", purpose="
                + Masking.mask(purpose) + ", substance=" + Masking.mask(substance) + ", language=" + language + "]";
    }
}
