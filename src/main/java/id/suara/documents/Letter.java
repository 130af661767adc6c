package id.suara.documents;

import id.suara.institution.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A letter drafted in Suara: initialled in order by the roles its procedure names, then signed, which numbers and
 * issues it (ADR 0025).
 *
 * @param subject the Hal of a letter, or what a report or berita acara is about (TENTANG …)
 * @param addressee who it is for (after "Yth."); none for reports
 * @param addresseePlace where the addressee is (after "di")
 * @param body the text, paragraphs separated by blank lines
 * @param content the type's further parts, e.g. an invitation's date, time, place and agenda, or a letter's copies
 * @param initialRoles the roles that initial, in order (at most three)
 * @param revision raised by each change of the text; initials belong to one revision
 * @param number the letter number, given at its first signature and kept by its corrections
 * @param initials the initials given to the current revision, in order
 * @param issuedVersions how many versions of its document have been issued
 */
public record Letter(
        UUID id,
        UUID institutionId,
        UUID submissionId,
        DocumentType type,
        Status status,
        String subject,
        String addressee,
        String addresseePlace,
        String body,
        Map<String, String> content,
        UUID signatoryId,
        List<Role> initialRoles,
        Role signerRole,
        int revision,
        String number,
        Instant draftedAt,
        String draftedByName,
        Instant signedAt,
        String signedByName,
        List<Initial> initials,
        int issuedVersions) {

    public Letter {
        content = content == null ? Map.of() : Map.copyOf(content);
        initialRoles = List.copyOf(initialRoles);
        initials = List.copyOf(initials);
    }

    /** Where a letter is: being drafted and initialled, or signed and issued. */
    public enum Status {
        DRAFT,
        SIGNED
    }

    /** One official's initial (paraf) on a revision. */
    public record Initial(int position, Role role, String name, Instant at) {}

    /** The role whose initial comes next; none once all are given. */
    public Optional<Role> nextInitial() {
        return initials.size() < initialRoles.size()
                ? Optional.of(initialRoles.get(initials.size()))
                : Optional.empty();
    }

    /** Whether the letter waits only for its signature. */
    public boolean readyToSign() {
        return status == Status.DRAFT && initials.size() == initialRoles.size();
    }

    /** The paragraphs of the body. */
    public List<String> paragraphs() {
        return List.of(body.strip().split("\\R\\s*\\R")).stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** A part of the content as lines, e.g. the copies (tembusan) or an agenda; empty when not given. */
    public List<String> lines(String part) {
        var value = content.get(part);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return value.strip()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
