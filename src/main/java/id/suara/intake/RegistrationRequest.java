package id.suara.intake;

import id.suara.shared.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A submission to register.
 *
 * @param institution the code of the institution it is addressed to, e.g. {@code dprd-kebumen}
 * @param confidential whether the complainant asks for their identity to be withheld (003 II.C.7)
 * @param respondent who is complained about (teradu), if anyone
 * @param audienceRequestedFor for in-person submissions: when the delegation asks to be received
 * @param delegationSize for in-person submissions: how many people come
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 40) @CleanText String institution,
        @NotNull SubmissionKind kind,
        @NotNull Channel channel,
        @NotNull @Valid Complainant complainant,
        boolean confidential,
        @Size(max = 300) @CleanText String respondent,
        @NotBlank @Size(max = 200) @CleanText String title,

        @NotBlank @Size(max = 2000) @CleanText(multiline = true)
        String purpose,

        @NotBlank @Size(max = 20000) @CleanText(multiline = true)
        String substance,

        OffsetDateTime audienceRequestedFor,
        Integer delegationSize) {}
