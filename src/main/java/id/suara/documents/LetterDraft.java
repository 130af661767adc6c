package id.suara.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the drafter writes: the text of a letter and who signs it.
 *
 * @param content the type's further parts by name (see {@link Letter#content()}); blank parts are dropped
 */
public record LetterDraft(
        @NotBlank @Size(max = 300) String subject,
        @Size(max = 300) String addressee,
        @Size(max = 120) String addresseePlace,
        @NotBlank @Size(max = 20_000) String body,
        @NotNull UUID signatoryId,
        @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @Size(max = 4_000) String> content) {

    LetterDraft stripped() {
        var parts = new LinkedHashMap<String, String>();
        if (content != null) {
            content.forEach((name, value) -> {
                if (name != null && value != null && !value.isBlank()) {
                    parts.put(name.strip(), value.strip());
                }
            });
        }
        return new LetterDraft(
                subject == null ? null : subject.strip(),
                addressee == null || addressee.isBlank() ? null : addressee.strip(),
                addresseePlace == null || addresseePlace.isBlank() ? null : addresseePlace.strip(),
                body == null ? null : body.strip(),
                signatoryId,
                parts);
    }
}
