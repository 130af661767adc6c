package id.suara.casework;

import id.suara.documents.DocumentType;
import id.suara.documents.IndonesianWords;
import id.suara.documents.Letter;
import id.suara.documents.LetterDraft;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Complainant;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.PageFormat;
import id.suara.staff.StaffMember;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter that tells a delegation when its audience is (surat pemberitahuan jadwal audiensi; ADR 0026): drafted from
 * the audience agreed for the case — the date and time, the place, the council organ receiving it, how many may come
 * and the rules of 003 IV.A (bring an identity card, arrive before the time for the security check, at most the
 * delegation's number) — addressed to the delegation's contact, then initialled, signed, numbered and delivered as the
 * case's other letters are (ADR 0025): by the SOP's rule for the type, or the Secretary alone.
 */
@Service
public class AudienceLetters {

    /**
     * Who drafts it besides those acting on the case or named in its chain: Humas, which channels delegations to the
     * leadership and the organs (003 IV.A.6.h), and the Secretary, who agrees the time (SOP langsung langkah 6).
     */
    static final Set<Role> DRAFTERS = Collections.unmodifiableSet(EnumSet.of(Role.PUBLIC_RELATIONS, Role.SECRETARY));

    private final CaseLookup lookup;
    private final AudienceStore store;
    private final AudienceSlots slots;
    private final CaseLetters caseLetters;
    private final Submissions submissions;
    private final Institutions institutions;

    AudienceLetters(
            CaseLookup lookup,
            AudienceStore store,
            AudienceSlots slots,
            CaseLetters caseLetters,
            Submissions submissions,
            Institutions institutions) {
        this.lookup = lookup;
        this.store = store;
        this.slots = slots;
        this.caseLetters = caseLetters;
        this.submissions = submissions;
        this.institutions = institutions;
    }

    /**
     * What the drafter gives; what is left out is filled in from the audience and the case.
     *
     * @param content further parts ({@code place}, {@code rules} one per line, {@code copies}…); they win over those
     *     taken from the audience
     */
    public record ScheduleLetterRequest(
            UUID signatoryId,
            String subject,
            String addressee,
            String addresseePlace,
            String body,
            Map<String, String> content) {}

    /**
     * A schedule letter of the case as its reader may see it.
     *
     * @param outdated the parts (date, time) that no longer say when the case's audience is: the audience was moved
     *     after the letter was made, so a corrected version is due
     */
    public record ScheduleLetter(
            UUID id, String status, String number, int revision, boolean readable, List<String> outdated) {

        public boolean needsCorrection() {
            return !outdated.isEmpty();
        }
    }

    /**
     * Drafts the schedule letter of the audience agreed for the case. Refused (409 naming {@code audience}) when no
     * audience is agreed and still to be held; by anyone who neither acts on the case, nor is named in the letter's
     * chain, nor arranges audiences (403).
     */
    @Transactional
    public CaseLetters.CaseLetter draft(UUID caseId, ScheduleLetterRequest request, StaffMember author) {
        if (request == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        var c = lookup.visible(caseId, author);
        var audience = store.current(c.id())
                .filter(a -> a.status() == AudienceStatus.AGREED)
                .orElseThrow(() -> new ConflictException(
                        "audience",
                        "No audience is agreed for this case and still to be held: the letter tells its time"));
        var institution = institutions.get(c.institutionId());
        var organ = Optional.ofNullable(audience.unitId())
                .flatMap(institutions::findUnit)
                .map(u -> u.name())
                .orElse(null);
        var limit = slots.delegationLimit(c.id());
        var content = new LinkedHashMap<String, String>();
        content.put(
                "date",
                audience.startsAt().atZone(institution.zone()).toLocalDate().toString());
        content.put("time", time(audience.startsAt(), institution) + " s.d. selesai");
        // "Komisi A (Pemerintahan)" meets in "Ruang Rapat Komisi A"
        content.put("place", organ == null ? "Gedung DPRD" : "Ruang Rapat " + organ.replaceFirst("\\s*\\(.*\\)$", ""));
        if (organ != null) {
            content.put("organ", organ);
        }
        content.put("maxMembers", "paling banyak " + limit + " (" + IndonesianWords.number(limit) + ") orang");
        content.put("rules", String.join("\n", rules()));
        if (request.content() != null) {
            request.content().forEach((part, value) -> {
                if (part != null && value != null && !value.isBlank()) {
                    content.put(part, value);
                }
            });
        }
        var submission = submissions.details(c.id()).orElseThrow();
        var body = blank(request.body())
                ? "Menindaklanjuti permohonan audiensi Saudara nomor registrasi " + c.registrationNumber()
                        + " tentang " + c.title()
                        + ", dengan hormat kami beritahukan bahwa delegasi Saudara akan diterima pada:"
                        + "\n\nAtas perhatian Saudara, kami ucapkan terima kasih."
                : request.body();
        var draft = new LetterDraft(
                blank(request.subject()) ? "Pemberitahuan Jadwal Audiensi" : request.subject(),
                blank(request.addressee()) ? addressee(submission) : request.addressee(),
                blank(request.addresseePlace()) ? "Tempat" : request.addresseePlace(),
                body,
                request.signatoryId(),
                content);
        return caseLetters.draft(c.id(), DocumentType.AUDIENCE_SCHEDULE_LETTER, draft, author, DRAFTERS);
    }

    /** The case's schedule letters, oldest first, those that no longer say its audience's date and time flagged. */
    @Transactional(readOnly = true)
    public List<ScheduleLetter> ofCase(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var current = store.current(c.id());
        var institution = institutions.get(c.institutionId());
        return caseLetters.list(c.id(), reader).stream()
                .filter(l -> l.letter().type() == DocumentType.AUDIENCE_SCHEDULE_LETTER)
                .map(l -> new ScheduleLetter(
                        l.letter().id(),
                        l.letter().status().name(),
                        l.letter().number(),
                        l.letter().revision(),
                        l.readable(),
                        current.map(a -> outdated(l.letter(), a, institution)).orElse(List.of())))
                .toList();
    }

    /** Whether the member may draft the case's schedule letter now: an audience is agreed and they may draft it. */
    @Transactional(readOnly = true)
    public boolean mayDraft(UUID caseId, StaffMember member) {
        var c = lookup.visible(caseId, member);
        return store.current(c.id())
                        .filter(a -> a.status() == AudienceStatus.AGREED)
                        .isPresent()
                && caseLetters.mayDraft(c, DocumentType.AUDIENCE_SCHEDULE_LETTER, member, DRAFTERS);
    }

    /** The rules a delegation keeps besides its number (003 IV.A.2.a, IV.A.2.d, IV.A.6.a–d). */
    static List<String> rules() {
        return List.of(
                "Setiap anggota delegasi membawa kartu identitas (KTP).",
                "Delegasi hadir sebelum waktu audiensi untuk diperiksa petugas pengamanan.",
                "Membawa data pendukung aspirasi atau pengaduan.");
    }

    private static List<String> outdated(Letter letter, AudienceStore.Row audience, Institution institution) {
        var parts = new ArrayList<String>();
        var date = audience.startsAt().atZone(institution.zone()).toLocalDate().toString();
        if (letter.content().get("date") != null
                && !letter.content().get("date").equals(date)) {
            parts.add("date");
        }
        var time = letter.content().get("time");
        if (time != null && !time.startsWith(time(audience.startsAt(), institution))) {
            parts.add("time");
        }
        return parts;
    }

    /** The delegation's contact: its organisation's coordinator, or the complainant by name. */
    private static String addressee(SubmissionDetails submission) {
        if (submission.anonymous()) {
            return null;
        }
        Complainant complainant = submission.complainant();
        if (complainant.organisation() != null && !complainant.organisation().isBlank()) {
            return "Koordinator Delegasi " + complainant.organisation().strip();
        }
        return complainant.name() == null ? null : "Sdr. " + complainant.name().strip();
    }

    private static String time(Instant at, Institution institution) {
        return DateTimeFormatter.ofPattern("HH.mm").format(at.atZone(institution.zone())) + " "
                + PageFormat.zoneName(institution.zone());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
