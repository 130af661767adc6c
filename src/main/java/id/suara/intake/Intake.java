package id.suara.intake;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registers submissions: checks their form, numbers them, stores their attachments and issues the receipt, all in one
 * transaction together with opening the case, so a submission exists whole or not at all.
 */
@Service
public class Intake {

    /**
     * 003 IV.A.4: a delegation has at most 5 people unless the leadership decides otherwise (then staff register it, and
     * the leadership records the exception before an audience is agreed; ADR 0026).
     */
    public static final int MAX_PUBLIC_DELEGATION = 5;

    /** How far from registration an audience may be asked for; keeps absurd dates from the calendar and the database. */
    static final Duration AUDIENCE_WINDOW = Duration.ofDays(366);

    private final Validator validator;
    private final Institutions institutions;
    private final AttachmentStore attachments;
    private final IntakeSettings settings;
    private final IdentityCipher cipher;
    private final ReceptionHours receptionHours;
    private final CaseOpening cases;
    private final RegistrationWriter writer;
    private final RegistrationGroups groups;
    private final Clock clock;

    Intake(
            Validator validator,
            Institutions institutions,
            AttachmentStore attachments,
            IntakeSettings settings,
            IdentityCipher cipher,
            ReceptionHours receptionHours,
            CaseOpening cases,
            RegistrationWriter writer,
            RegistrationGroups groups,
            Clock clock) {
        this.validator = validator;
        this.institutions = institutions;
        this.attachments = attachments;
        this.settings = settings;
        this.cipher = cipher;
        this.receptionHours = receptionHours;
        this.cases = cases;
        this.writer = writer;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * Registers a submission. The complainant's identity is stored encrypted; an anonymous submission stores none, and is
     * refused (by the case it opens) where the institution's procedure does not allow it. Inside a caller's transaction
     * the registration is written in it; otherwise it is written with the registrations that arrive meanwhile, in one
     * transaction per group (ADR 0022). Either way it answers once the submission, its receipt and its case are committed
     * with their number, or not written at all.
     *
     * @param registeredBy the staff member registering it on the complainant's behalf, or null when the public submits
     */
    public Registration register(RegistrationRequest request, List<? extends IncomingFile> files, UUID registeredBy) {
        return register(prepare(request, files, registeredBy, false));
    }

    /**
     * Registers a service complaint (pengaduan layanan, {@link SubmissionKind#SERVICE_COMPLAINT}) that a staff member
     * took down about a service the institution gave: called by the module that keeps that service, in its own
     * transaction, which also stores what the complaint is about (ADR 0031). Refused like any registration otherwise;
     * {@link #register} refuses this kind.
     */
    public Registration registerServiceComplaint(RegistrationRequest request, UUID registeredBy) {
        if (registeredBy == null) {
            throw new IllegalArgumentException(
                    "A service complaint is registered by the staff member who took it down");
        }
        if (request.kind() != SubmissionKind.SERVICE_COMPLAINT) {
            throw InvalidInputException.invalid("kind", "must be SERVICE_COMPLAINT");
        }
        return register(prepare(request, List.of(), registeredBy, true));
    }

    private Registration register(PreparedRegistration prepared) {
        try {
            var number = TransactionSynchronizationManager.isActualTransactionActive()
                    ? writer.write(List.of(prepared)).getFirst()
                    : groups.write(prepared);
            return prepared.registered(number);
        } catch (RuntimeException refused) {
            attachments.discard(prepared.files());
            throw refused;
        }
    }

    /**
     * Checks a submission and works out everything written for it but its number: the encrypted identity, the receipt,
     * the text staff list and search, the plan of its case; stores its attachments. Refuses without leaving anything.
     */
    PreparedRegistration prepare(RegistrationRequest request, List<? extends IncomingFile> files, UUID registeredBy) {
        return prepare(request, files, registeredBy, false);
    }

    private PreparedRegistration prepare(
            RegistrationRequest request,
            List<? extends IncomingFile> files,
            UUID registeredBy,
            boolean serviceComplaint) {
        var now = clock.instant();
        check(request, files, registeredBy == null, serviceComplaint, now);
        var institution = institutions
                .findByCode(request.institution())
                .orElseThrow(() -> InvalidInputException.unprocessable(
                        "institution", "No institution has the code " + request.institution()));
        var local = now.atZone(institution.zone());
        var trackingNumber = TrackingCodes.newTrackingNumber();
        var accessCode = TrackingCodes.newAccessCode();
        var id = SubmissionIds.next();
        // an anonymous complainant keeps its type (a group, an organisation): it says who spoke, not who they are
        var given = request.complainant();
        var complainant =
                stripped(request.anonymous() ? Complainant.anonymous(given == null ? null : given.type()) : given);
        var audience = request.audienceRequestedFor() == null
                ? null
                : request.audienceRequestedFor().toInstant();
        var identityInText = Redaction.of(complainant);
        // What every staff member of the institution sees in lists and finds by search: for a confidential submission,
        // without the complainant's identity even where they wrote it into their text.
        var listed = request.confidential() ? identityInText : Redaction.of(null);
        var submission = new SubmissionRegistered(
                id,
                institution.id(),
                request.kind(),
                request.channel(),
                trackingNumber,
                listed.apply(request.title().strip(), Redaction.PLACEHOLDER),
                listed.apply(
                        String.join(
                                " ",
                                request.title(),
                                request.purpose(),
                                request.substance(),
                                nullToEmpty(request.respondent())),
                        Redaction.PLACEHOLDER),
                request.confidential(),
                request.anonymous(),
                now,
                audience,
                registeredBy);
        var plan = cases.plan(submission);
        var stored = new ArrayList<AttachmentStore.StoredFile>();
        try {
            for (int i = 0; i < files.size(); i++) {
                stored.add(attachments.store(files.get(i), "files[" + i + "]"));
            }
        } catch (RuntimeException refused) {
            attachments.discard(stored);
            throw refused;
        }
        var identity = cipher.seal(complainant, id);
        var row = Arrays.<Object>asList(
                id,
                institution.id(),
                request.kind().name(),
                request.channel().name(),
                local.getYear(),
                trackingNumber,
                TrackingCodes.hash(accessCode),
                complainant.type().name(),
                identity.name(),
                identity.organisation(),
                identity.identityNumber(),
                identity.address(),
                identity.phone(),
                identity.email(),
                identity.identityNumberIndex(),
                request.confidential(),
                request.anonymous(),
                blankToNull(request.respondent()),
                request.title().strip(),
                request.purpose().strip(),
                request.substance().strip(),
                audience == null ? null : Timestamp.from(audience),
                request.delegationSize(),
                Timestamp.from(now),
                registeredBy,
                request.languageOrDefault());
        return new PreparedRegistration(
                submission,
                institution,
                local.getYear(),
                local.getMonthValue(),
                row,
                receipt(institution, request, identityInText, trackingNumber, now, stored),
                List.copyOf(stored),
                plan,
                accessCode);
    }

    /** The attachment limits enforced here, to be shown as they are. */
    public AttachmentRules attachmentRules() {
        return new AttachmentRules(
                settings.maxAttachments(),
                settings.maxAttachmentBytes(),
                settings.maxSubmissionBytes(),
                AttachmentStore.acceptedExtensions());
    }

    /**
     * Every reason a submission from the public would be refused, found in one pass without registering anything: the
     * fields, the identity and each attachment's size and type. Empty when registering would pass these checks (the
     * procedure can still refuse, e.g. an anonymous submission where it is not allowed).
     */
    public List<FieldError> problems(RegistrationRequest request, List<? extends IncomingFile> files) {
        try {
            check(request, files, true, false, clock.instant());
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
    }

    private void check(
            RegistrationRequest request,
            List<? extends IncomingFile> files,
            boolean fromPublic,
            boolean serviceComplaint,
            Instant now) {
        var errors = new ArrayList<FieldError>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (request.kind() == SubmissionKind.SERVICE_COMPLAINT && !serviceComplaint) {
            errors.add(new FieldError(
                    "kind",
                    "A service complaint (pengaduan layanan) is recorded from the service it is about, such as a "
                            + "recess's facilitation page, not registered here"));
        }
        if (files.size() > settings.maxAttachments()) {
            errors.add(new FieldError("files", "At most " + settings.maxAttachments() + " files may be attached"));
        }
        if (files.stream().mapToLong(IncomingFile::size).sum() > settings.maxSubmissionBytes()) {
            errors.add(new FieldError(
                    "files", "The files together are larger than " + settings.maxSubmissionBytes() + " bytes"));
        }
        for (int i = 0; i < files.size(); i++) {
            errors.addAll(attachments.problems(files.get(i), "files[" + i + "]"));
        }
        if (request.channel() != null) {
            if (request.audienceRequestedFor() != null && request.channel() != Channel.IN_PERSON) {
                errors.add(new FieldError("audienceRequestedFor", "Only in-person submissions request an audience"));
            }
            var audience = request.audienceRequestedFor();
            if (audience != null
                    && Duration.between(now, audience.toInstant()).abs().compareTo(AUDIENCE_WINDOW) > 0) {
                errors.add(new FieldError("audienceRequestedFor", "must be within a year of today"));
            }
            if (request.delegationSize() != null && request.channel() != Channel.IN_PERSON) {
                errors.add(new FieldError("delegationSize", "Only in-person submissions come as a delegation"));
            }
            if (request.delegationSize() != null && (request.delegationSize() < 1 || request.delegationSize() > 500)) {
                errors.add(new FieldError("delegationSize", "must be between 1 and 500"));
            }
            checkIdentity(request, errors);
            if (fromPublic) {
                checkPublic(request, errors);
                checkReceptionHours(request, now, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }

    private static void checkPublic(RegistrationRequest request, List<FieldError> errors) {
        if (request.channel() == Channel.LETTER || request.channel() == Channel.RECESS) {
            errors.add(new FieldError("channel", "Letters and recess aspirations are registered by the secretariat"));
        }
        if (request.channel() == Channel.IN_PERSON) {
            if (request.audienceRequestedFor() == null) {
                errors.add(
                        new FieldError("audienceRequestedFor", "An in-person audience must be requested for a date"));
            }
            if (request.delegationSize() != null && request.delegationSize() > MAX_PUBLIC_DELEGATION) {
                errors.add(new FieldError(
                        "delegationSize",
                        "A delegation has at most " + MAX_PUBLIC_DELEGATION
                                + " people (003 IV.A.4); ask the secretariat for an exception"));
            }
        }
        var complainant = request.complainant();
        if (!request.anonymous()
                && complainant != null
                && (complainant.name() == null || complainant.name().isBlank())) {
            errors.add(new FieldError("complainant.name", "must not be blank"));
        }
    }

    /**
     * The public asks for an audience within the institution's reception hours (003 IV.A.3), at least 3 working days
     * ahead (003 IV.A.5).
     */
    private void checkReceptionHours(RegistrationRequest request, Instant now, List<FieldError> errors) {
        if (request.channel() != Channel.IN_PERSON
                || request.institution() == null
                || request.audienceRequestedFor() == null
                || errors.stream().anyMatch(e -> e.field().equals("audienceRequestedFor"))) {
            return;
        }
        institutions
                .findByCode(request.institution())
                .flatMap(institution -> receptionHours.refusal(
                        institution.id(), request.audienceRequestedFor().toInstant(), now))
                .ifPresent(
                        refusal -> errors.add(new FieldError("audienceRequestedFor", ReceptionHours.message(refusal))));
    }

    /** An identified submission names its complainant; an anonymous one carries no identity at all. */
    private static void checkIdentity(RegistrationRequest request, List<FieldError> errors) {
        var complainant = request.complainant();
        if (!request.anonymous()) {
            if (complainant == null) {
                errors.add(new FieldError("complainant", "must not be null"));
            }
            return;
        }
        if (complainant != null) {
            complainant.identityFields().forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    errors.add(new FieldError("complainant." + field, "must be empty in an anonymous submission"));
                }
            });
        }
    }

    /** The receipt's content; its number is filled in when it is written. */
    private static Map<String, Object> receipt(
            Institution institution,
            RegistrationRequest request,
            Redaction identity,
            String trackingNumber,
            Instant now,
            List<AttachmentStore.StoredFile> files) {
        // The receipt is served on the public API (with the access code): it never contains the complainant's identity.
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("institution", institution.name());
        content.put("registrationNumber", null); // filled in by RegistrationWriter
        content.put("trackingNumber", trackingNumber);
        content.put("kind", request.kind().name());
        content.put("channel", request.channel().name());
        content.put("title", identity.forPublication(request.title().strip()));
        content.put(
                "attachments",
                files.stream()
                        .map(file -> identity.forPublication(file.fileName()))
                        .toList());
        content.put("receivedAt", now.toString());
        return content;
    }

    private static Complainant stripped(Complainant c) {
        return new Complainant(
                c.type() == null ? ComplainantType.INDIVIDUAL : c.type(),
                blankToNull(c.name()),
                blankToNull(c.organisation()),
                blankToNull(c.identityNumber()),
                blankToNull(c.address()),
                blankToNull(c.phone()),
                blankToNull(c.email()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
