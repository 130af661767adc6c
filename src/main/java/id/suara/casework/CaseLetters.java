package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.Letter;
import id.suara.documents.LetterDraft;
import id.suara.documents.Letters;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's letters (ADR 0025): drafted by those who act on the case, initialled and signed by the roles its SOP names
 * for the type, each step recorded in the case's history. An SOP action that names a letter moves with it: it initials
 * or signs the letter, or waits until the letter is drafted or signed.
 *
 * <p>A confidential complainant's identity may be in a letter, so its text is read only by those who see the identity
 * ({@link IdentityHandlers}) and those the letter's chain names; others see its type, status and number.
 */
@Service
public class CaseLetters {

    /** History actions of letters; they do not move the case. */
    public static final String DRAFTED = "letter-drafted";

    public static final String REVISED = "letter-revised";
    public static final String INITIALLED = "letter-initialled";
    public static final String SIGNED = "letter-signed";
    public static final String REOPENED = "letter-reopened";

    private final CaseLookup lookup;
    private final CaseStore store;
    private final SopVersions sops;
    private final Institutions institutions;
    private final Submissions submissions;
    private final Letters letters;
    private final Documents documents;
    private final Clock clock;

    CaseLetters(
            CaseLookup lookup,
            CaseStore store,
            SopVersions sops,
            Institutions institutions,
            Submissions submissions,
            Letters letters,
            Documents documents,
            Clock clock) {
        this.lookup = lookup;
        this.store = store;
        this.sops = sops;
        this.institutions = institutions;
        this.submissions = submissions;
        this.letters = letters;
        this.documents = documents;
        this.clock = clock;
    }

    /** A case's letter as its reader may see it. */
    public record CaseLetter(Letter letter, boolean readable) {}

    /** The case's letters, oldest first, each readable or withheld for this reader. */
    @Transactional(readOnly = true)
    public List<CaseLetter> list(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        boolean confidential = confidential(c);
        return letters.listFor(c.id()).stream()
                .map(letter -> new CaseLetter(letter, readable(letter, c, reader, confidential)))
                .toList();
    }

    /**
     * What a letter's page shows around the letter, without reading the whole case: the case's registration number,
     * its institution and time zone, the reader's roles on it and whether the complainant gave an e-mail address (as
     * far as the reader may know: a withheld identity counts as given, the outbox says otherwise when asked).
     */
    public record LetterPage(
            CaseLetter shown,
            UUID caseId,
            UUID institutionId,
            String registrationNumber,
            java.time.ZoneId zone,
            Set<Role> roles,
            boolean emailKnown) {}

    /** One of the case's letters with what its page shows around it. */
    @Transactional(readOnly = true)
    public LetterPage page(UUID caseId, UUID letterId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var details = submissions.details(c.id()).orElseThrow();
        var letter = ofCase(c, letterId);
        boolean confidential = details.confidential();
        boolean withheld = confidential && !details.anonymous() && !IdentityHandlers.handles(reader, c.institutionId());
        var complainant = details.anonymous() ? null : details.complainant();
        boolean emailKnown = withheld
                || (complainant != null
                        && complainant.email() != null
                        && !complainant.email().isBlank());
        return new LetterPage(
                new CaseLetter(letter, readable(letter, c, reader, confidential)),
                c.id(),
                c.institutionId(),
                c.registrationNumber(),
                institutions.get(c.institutionId()).zone(),
                rolesOn(c, reader),
                emailKnown);
    }

    /** One of the case's letters, as its reader may see it. */
    @Transactional(readOnly = true)
    public CaseLetter get(UUID caseId, UUID letterId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var letter = ofCase(c, letterId);
        return new CaseLetter(letter, readable(letter, c, reader, confidential(c)));
    }

    /**
     * A document issued for the case, as stored, if the reader may read it: a letter's document is withheld like the
     * letter's text.
     */
    @Transactional(readOnly = true)
    public Documents.Pdf document(UUID caseId, UUID documentId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var pdf = documents
                .find(c.id(), documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " not found"));
        if (pdf.document().type() == DocumentType.COMPLAINT_FORM
                && confidential(c)
                && !IdentityHandlers.handles(reader, c.institutionId())) {
            throw new ForbiddenException("The complaint form holds the confidential complainant's identity");
        }
        var letterId = pdf.document().letterId();
        if (letterId != null && !readable(ofCase(c, letterId), c, reader, confidential(c))) {
            throw new ForbiddenException("The letter is withheld: the complainant's identity is confidential");
        }
        return pdf;
    }

    /** The roles the member holds for the case: who they may initial and sign its letters as. */
    @Transactional(readOnly = true)
    public Set<Role> rolesOn(UUID caseId, StaffMember member) {
        return rolesOn(lookup.visible(caseId, member), member);
    }

    /** The chain a type of letter follows on this case: its SOP's rule, or the institution's head signing alone. */
    @Transactional(readOnly = true)
    public Letters.Chain chain(UUID caseId, DocumentType type, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        return chain(sops.definition(c.sopVersionId()), institutions.get(c.institutionId()), type);
    }

    /**
     * Drafts a letter on an open case. The drafter is someone who may act at the case's current step, or one of the
     * roles the letter's chain names.
     */
    @Transactional
    public CaseLetter draft(UUID caseId, DocumentType type, LetterDraft draft, StaffMember author) {
        return draft(caseId, type, draft, author, Set.of());
    }

    /**
     * Drafts a letter on an open case, by someone acting at its current step, named in the letter's chain, or holding
     * one of {@code alsoDrafting} for the case (e.g. Humas, who arranges an audience, for its schedule letter).
     */
    @Transactional
    CaseLetter draft(UUID caseId, DocumentType type, LetterDraft draft, StaffMember author, Set<Role> alsoDrafting) {
        var c = lookup.visible(caseId, author);
        requireOpen(c);
        if (type == null || !type.numbered()) {
            throw InvalidInputException.invalid("type", "must be one of " + letterTypes());
        }
        var definition = sops.definition(c.sopVersionId());
        var institution = institutions.get(c.institutionId());
        var chain = chain(definition, institution, type);
        var roles = rolesOn(c, author);
        if (!mayDraft(c, type, author, alsoDrafting)) {
            throw new ForbiddenException("Only those acting on the case or named in the letter's chain draft it");
        }
        var letter = letters.draft(author, institution, c.id(), type, chain, draft);
        history(c, author, roles, DRAFTED, letter);
        return new CaseLetter(letter, true);
    }

    /**
     * Whether the member may draft a letter of the type on the open case: acting at its current step, named in the
     * letter's chain, or holding one of {@code alsoDrafting} for it.
     */
    boolean mayDraft(CaseFile c, DocumentType type, StaffMember member, Set<Role> alsoDrafting) {
        if (c.closedAt() != null) {
            return false;
        }
        var definition = sops.definition(c.sopVersionId());
        var chain = chain(definition, institutions.get(c.institutionId()), type);
        var stepRoles = step(definition, c.currentStep()).roles();
        return rolesOn(c, member).stream()
                .anyMatch(r -> stepRoles.contains(r)
                        || chain.initials().contains(r)
                        || r == chain.signer()
                        || alsoDrafting.contains(r));
    }

    /** Changes a draft's text; its initials start again. */
    @Transactional
    public CaseLetter revise(UUID caseId, UUID letterId, int revision, LetterDraft draft, StaffMember author) {
        var c = lookup.visible(caseId, author);
        requireOpen(c);
        var letter = ofCase(c, letterId);
        var roles = rolesOn(c, author);
        if (!readable(letter, c, author, confidential(c)) || roles.isEmpty()) {
            throw new ForbiddenException("Only those who may read and act on the letter change it");
        }
        var revised = letters.revise(author, institutions.get(c.institutionId()), letterId, revision, draft);
        history(c, author, roles, REVISED, revised);
        return new CaseLetter(revised, true);
    }

    /** Records the member's initial as the next in the letter's chain; out of order is refused. */
    @Transactional
    public CaseLetter initial(UUID caseId, UUID letterId, StaffMember member) {
        return change(caseId, letterId, member, this::initialled);
    }

    /** Signs the letter: numbered and issued. */
    @Transactional
    public CaseLetter sign(UUID caseId, UUID letterId, StaffMember member) {
        return change(caseId, letterId, member, this::signed);
    }

    /** Reopens a signed letter for correction. */
    @Transactional
    public CaseLetter reopen(UUID caseId, UUID letterId, StaffMember member) {
        return change(caseId, letterId, member, (c, m, roles, id) -> {
            var reopened = letters.reopen(m, roles, id);
            history(c, m, roles, REOPENED, reopened);
            return reopened;
        });
    }

    /**
     * The newest issued version of a letter's document, as stored, if the reader may read the letter; 404 while it is
     * not signed.
     */
    @Transactional(readOnly = true)
    public Documents.Pdf newestDocument(UUID caseId, UUID letterId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var letter = ofCase(c, letterId);
        if (!readable(letter, c, reader, confidential(c))) {
            throw new ForbiddenException("The letter is withheld: the complainant's identity is confidential");
        }
        var newest = documents.listForLetter(letter.id()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The letter is not signed yet; no document was issued"));
        return documents.find(c.id(), newest.id()).orElseThrow();
    }

    /** What a member does to a letter of the case, the case known open and the letter its own. */
    @FunctionalInterface
    interface LetterChange {
        Letter apply(CaseFile c, StaffMember member, Set<Role> roles, UUID letterId);
    }

    private CaseLetter change(UUID caseId, UUID letterId, StaffMember member, LetterChange change) {
        var c = lookup.visible(caseId, member);
        requireOpen(c);
        ofCase(c, letterId);
        return new CaseLetter(change.apply(c, member, rolesOn(c, member), letterId), true);
    }

    /** Initials the letter as the member (next in its chain) and records it in the case's history. */
    Letter initialled(CaseFile c, StaffMember member, Set<Role> roles, UUID letterId) {
        var initialled = letters.initial(member, roles, letterId);
        history(c, member, roles, INITIALLED, initialled);
        return initialled;
    }

    /** Signs the letter as the member (numbered, issued) and records it in the case's history. */
    Letter signed(CaseFile c, StaffMember member, Set<Role> roles, UUID letterId) {
        var signed = letters.sign(member, roles, institutions.get(c.institutionId()), letterId);
        history(c, member, roles, SIGNED, signed);
        return signed;
    }

    private static Letters.Chain chain(SopDefinition definition, Institution institution, DocumentType type) {
        return definition
                .letterRule(type.name())
                .map(rule -> new Letters.Chain(rule.initials(), rule.signer()))
                .orElseGet(() -> new Letters.Chain(
                        List.of(),
                        institution.kind() == InstitutionKind.COUNCIL_SECRETARIAT
                                ? Role.SECRETARY
                                : Role.HEAD_OF_OFFICE));
    }

    /** The roles the member holds for this case (unit-bound roles only on a case of their unit). */
    static Set<Role> rolesOn(CaseFile c, StaffMember member) {
        var roles = EnumSet.noneOf(Role.class);
        member.grants().stream()
                .map(g -> g.role())
                .filter(role -> member.mayActAs(List.of(role), c.institutionId(), c.assignedUnitId()))
                .forEach(roles::add);
        return roles;
    }

    private boolean readable(Letter letter, CaseFile c, StaffMember reader, boolean confidential) {
        if (!confidential || IdentityHandlers.handles(reader, c.institutionId())) {
            return true;
        }
        var roles = rolesOn(c, reader);
        return roles.contains(letter.signerRole())
                || letter.initialRoles().stream().anyMatch(roles::contains);
    }

    private boolean confidential(CaseFile c) {
        return submissions.details(c.id()).map(SubmissionDetails::confidential).orElse(false);
    }

    Letter ofCase(CaseFile c, UUID letterId) {
        return letters.find(letterId)
                .filter(l -> c.id().equals(l.submissionId()))
                .orElseThrow(() -> new NotFoundException("Letter " + letterId + " not found"));
    }

    private static void requireOpen(CaseFile c) {
        if (c.closedAt() != null) {
            throw new CaseClosedException(c.id(), c.status());
        }
    }

    /** Appends the letter's step to the case's history, the case row locked so that history numbers stay in order. */
    void history(CaseFile c, StaffMember member, Set<Role> roles, String action, Letter letter) {
        store.lock(c.id());
        var fields = new LinkedHashMap<String, Object>();
        fields.put("letterType", letter.type().name());
        fields.put("letter", letter.subject());
        if (letter.number() != null) {
            fields.put("letterNumber", letter.number());
        }
        fields.put("letterRevision", letter.revision());
        var role = roles.stream()
                .filter(r -> r == letter.signerRole() || letter.initialRoles().contains(r))
                .findFirst()
                .or(() -> roles.stream().findFirst())
                .orElse(member.roles().getFirst());
        var current = store.find(c.id()).orElse(c);
        store.append(
                current,
                List.of(new HistoryEntry(
                        0,
                        clock.instant(),
                        member.id(),
                        member.displayName(),
                        role,
                        action,
                        current.currentStep(),
                        current.currentStep(),
                        null,
                        fields)));
    }

    private static String letterTypes() {
        return java.util.Arrays.stream(DocumentType.values())
                .filter(DocumentType::numbered)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
