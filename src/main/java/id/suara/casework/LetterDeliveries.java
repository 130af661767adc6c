package id.suara.casework;

import id.suara.documents.Documents;
import id.suara.documents.IssuedDocument;
import id.suara.documents.Letter;
import id.suara.documents.Letters;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Complainant;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.notification.MailRecord;
import id.suara.notification.Outbox;
import id.suara.notification.OutgoingMail;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a case's signed letters reach the complainant (003 SOP step 9): e-mailed with the PDF attached through the outbox
 * when the complainant gave an address, delivered once the mail server accepts it; otherwise printed and posted, which
 * staff record. Every delivery names the version of the letter it delivered and is recorded in the case's history.
 */
@Service
public class LetterDeliveries {

    /** History actions of deliveries; they do not move the case. */
    public static final String EMAILED = "letter-emailed";

    public static final String POSTED = "letter-posted";

    private final CaseLookup lookup;
    private final CaseLetters caseLetters;
    private final Letters letters;
    private final Documents documents;
    private final Submissions submissions;
    private final Institutions institutions;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    LetterDeliveries(
            CaseLookup lookup,
            CaseLetters caseLetters,
            Letters letters,
            Documents documents,
            Submissions submissions,
            Institutions institutions,
            Outbox outbox,
            JdbcClient jdbc,
            Clock clock) {
        this.lookup = lookup;
        this.caseLetters = caseLetters;
        this.letters = letters;
        this.documents = documents;
        this.submissions = submissions;
        this.institutions = institutions;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One delivery of a letter.
     *
     * @param version the version of the letter's document delivered
     * @param recipient the e-mail address, shown masked; none for post
     * @param status QUEUED while the mail waits for the mail server, SENT once accepted, POSTED when recorded as posted
     * @param deliveredAt when it was sent or recorded as posted; none while queued
     */
    public record Delivery(
            UUID id,
            Channel channel,
            int version,
            String recipient,
            Status status,
            int attempts,
            String lastError,
            String note,
            Instant recordedAt,
            String recordedBy,
            Instant deliveredAt) {

        public boolean delivered() {
            return status != Status.QUEUED;
        }
    }

    /** How a letter went. */
    public enum Channel {
        EMAIL,
        POST
    }

    /** Where a delivery is. */
    public enum Status {
        QUEUED,
        SENT,
        POSTED
    }

    /** The deliveries of a case's letter, oldest first. */
    @Transactional(readOnly = true)
    public List<Delivery> list(UUID caseId, UUID letterId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var letter = caseLetters.ofCase(c, letterId);
        return deliveries(letter.id());
    }

    /**
     * E-mails the newest version of a signed letter to the complainant, with its PDF attached, through the outbox: the
     * mail is queued with this transaction and sent after it. Asking again for a version already e-mailed queues nothing.
     */
    @Transactional
    public Delivery email(UUID caseId, UUID letterId, StaffMember member) {
        var c = lookup.visible(caseId, member);
        var letter = deliverable(c, letterId, member);
        var document = newestDocument(letter);
        var address = submissions
                .details(c.id())
                .filter(details -> !details.anonymous())
                .map(SubmissionDetails::complainant)
                .map(Complainant::email)
                .filter(email -> email != null && !email.isBlank())
                .orElseThrow(() -> new ConflictException(
                        "channel",
                        "The complainant gave no e-mail address: print the letter, post it and record the posting"));
        var existing = jdbc.sql("select id from letter_delivery where document_id = ? and channel = 'EMAIL'")
                .param(document.id())
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return delivery(existing.get()).orElseThrow();
        }
        var pdf = documents.find(c.id(), document.id()).orElseThrow();
        var institution = institutions.get(c.institutionId());
        var mailId = outbox.enqueue(new OutgoingMail(
                "letter:" + letter.id() + ":v" + document.version() + ":email",
                c.institutionId(),
                c.id(),
                address,
                capitalised(indonesianName(letter)) + " " + letter.number() + " — " + institution.name(),
                mailBody(letter, c, institution.name()),
                List.of(new OutgoingMail.Attachment(document.fileName(), "application/pdf", pdf.content()))));
        var id = record(letter, document, Channel.EMAIL, mailId, null, member);
        caseLetters.history(c, member, CaseLetters.rolesOn(c, member), EMAILED, letter);
        return delivery(id).orElseThrow();
    }

    /** Records that the newest version of a signed letter was printed and posted (or handed over), with a note. */
    @Transactional
    public Delivery recordPosted(UUID caseId, UUID letterId, String note, StaffMember member) {
        var c = lookup.visible(caseId, member);
        var letter = deliverable(c, letterId, member);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.invalid("note", "must say how and when it was posted, e.g. the receipt number");
        }
        if (note.strip().length() > 500) {
            throw InvalidInputException.invalid("note", "must be at most 500 characters");
        }
        var document = newestDocument(letter);
        var id = record(letter, document, Channel.POST, null, note.strip(), member);
        caseLetters.history(c, member, CaseLetters.rolesOn(c, member), POSTED, letter);
        return delivery(id).orElseThrow();
    }

    /** Whether the newest version of the letter has reached the complainant: e-mail accepted, or posting recorded. */
    boolean delivered(Letter letter) {
        if (letter.status() != Letter.Status.SIGNED) {
            return false;
        }
        var newest = newestDocument(letter);
        return deliveries(letter.id()).stream().anyMatch(d -> d.delivered() && d.version() == newest.version());
    }

    private Letter deliverable(CaseFile c, UUID letterId, StaffMember member) {
        var letter = caseLetters.ofCase(c, letterId);
        if (c.closedAt() != null) {
            throw new CaseClosedException(c.id(), c.status());
        }
        var roles = CaseLetters.rolesOn(c, member);
        if (roles.isEmpty() || roles.stream().allMatch(r -> r == Role.AUDITOR)) {
            throw new ForbiddenException("Only those acting on the case deliver its letters");
        }
        if (letter.status() != Letter.Status.SIGNED) {
            throw new ConflictException("status", "The letter is not signed yet; only a signed letter is delivered");
        }
        return letter;
    }

    private IssuedDocument newestDocument(Letter letter) {
        return documents.listForLetter(letter.id()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Letter " + letter.id() + " has no issued document"));
    }

    private UUID record(
            Letter letter, IssuedDocument document, Channel channel, UUID mailId, String note, StaffMember member) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into letter_delivery (id, letter_id, document_id, channel, mail_id, note, recorded_at, recorded_by,
                    recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        letter.id(),
                        document.id(),
                        channel.name(),
                        mailId,
                        note,
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)),
                        member.id(),
                        member.displayName())
                .update();
        return id;
    }

    private List<Delivery> deliveries(UUID letterId) {
        return deliveries("d.letter_id = ?", letterId).getOrDefault(letterId, List.of());
    }

    private Optional<Delivery> delivery(UUID id) {
        return deliveries("d.id = ?", id).values().stream()
                .flatMap(List::stream)
                .findFirst();
    }

    /** The deliveries of the case's letters by letter, each oldest first. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<Delivery>> forCase(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        return deliveries("l.submission_id = ?", c.id());
    }

    /** Deliveries matching a condition, by letter, oldest first: one query for them and one for their mails. */
    private java.util.Map<UUID, List<Delivery>> deliveries(String condition, UUID value) {
        record Row(
                UUID id,
                UUID letterId,
                Channel channel,
                UUID mailId,
                String note,
                Instant recordedAt,
                String recordedBy,
                int version) {}
        var rows = jdbc.sql("""
                        select d.id, d.letter_id, d.channel, d.mail_id, d.note, d.recorded_at, d.recorded_by_name,
                            i.version
                        from letter_delivery d
                        join issued_document i on i.id = d.document_id
                        join letter l on l.id = d.letter_id
                        where %s
                        order by d.recorded_at, d.id""".formatted(condition))
                .param(value)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("letter_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("mail_id", UUID.class),
                        rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by_name"),
                        rs.getInt("version")))
                .list();
        var mails = outbox.findAll(rows.stream()
                .map(Row::mailId)
                .filter(java.util.Objects::nonNull)
                .toList());
        var byLetter = new java.util.LinkedHashMap<UUID, List<Delivery>>();
        for (var row : rows) {
            Delivery delivery;
            if (row.channel() == Channel.POST) {
                delivery = new Delivery(
                        row.id(),
                        row.channel(),
                        row.version(),
                        null,
                        Status.POSTED,
                        0,
                        null,
                        row.note(),
                        row.recordedAt(),
                        row.recordedBy(),
                        row.recordedAt());
            } else {
                var mail = mails.get(row.mailId());
                delivery = new Delivery(
                        row.id(),
                        row.channel(),
                        row.version(),
                        masked(mail.recipient()),
                        mail.status() == MailRecord.Status.SENT ? Status.SENT : Status.QUEUED,
                        mail.attempts(),
                        mail.lastError(),
                        null,
                        row.recordedAt(),
                        row.recordedBy(),
                        mail.sentAt());
            }
            byLetter.computeIfAbsent(row.letterId(), k -> new java.util.ArrayList<>())
                    .add(delivery);
        }
        return byLetter;
    }

    /** "siti.aminah@example.id" → "s***@example.id": enough to recognise, not to read out. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    private static String mailBody(Letter letter, CaseFile c, String institution) {
        return """
                Yth. %s,

                Bersama ini kami sampaikan %s %s nomor %s atas laporan Anda dengan nomor pelacakan %s. \
                Surat terlampir dalam berkas PDF; keasliannya dapat diperiksa dengan kode QR pada surat.

                Please find attached our %s %s concerning your report %s.

                %s""".formatted(
                        letter.addressee() == null ? "Pelapor" : letter.addressee(),
                        indonesianName(letter),
                        institution,
                        letter.number(),
                        c.trackingNumber(),
                        englishName(letter),
                        letter.number(),
                        c.trackingNumber(),
                        institution);
    }

    /** What the mail calls the letter, in Indonesian: "surat tanggapan", "surat pemberitahuan jadwal audiensi". */
    static String indonesianName(Letter letter) {
        return switch (letter.type()) {
            case AUDIENCE_SCHEDULE_LETTER -> "surat pemberitahuan jadwal audiensi";
            case INVITATION -> "surat undangan";
            case OFFICIAL_REPORT -> "berita acara";
            case MEETING_REPORT -> "laporan hasil rapat";
            default -> "surat tanggapan";
        };
    }

    private static String englishName(Letter letter) {
        return switch (letter.type()) {
            case AUDIENCE_SCHEDULE_LETTER -> "letter with the schedule of your audience";
            case INVITATION -> "invitation";
            case OFFICIAL_REPORT -> "official report";
            case MEETING_REPORT -> "meeting report";
            default -> "response letter";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
