package id.suara.intake;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers submissions: checks their form, numbers them, stores their attachments and issues the receipt, all in one
 * transaction together with opening the case, so a submission exists whole or not at all.
 */
@Service
public class Intake {

    /** 003 IV.A.4: a delegation has at most 5 people unless the leadership decides otherwise (then staff register it). */
    static final int MAX_PUBLIC_DELEGATION = 5;

    /** How far from registration an audience may be asked for; keeps absurd dates from the calendar and the database. */
    static final Duration AUDIENCE_WINDOW = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Validator validator;
    private final Institutions institutions;
    private final AttachmentStore attachments;
    private final IntakeSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final IdentityCipher cipher;
    private final ReceptionHours receptionHours;
    private final Clock clock;
    private final RegistrationQueue numbering = new RegistrationQueue();

    Intake(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            Validator validator,
            Institutions institutions,
            AttachmentStore attachments,
            IntakeSettings settings,
            ApplicationEventPublisher events,
            JsonMapper json,
            IdentityCipher cipher,
            ReceptionHours receptionHours,
            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.validator = validator;
        this.institutions = institutions;
        this.attachments = attachments;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.cipher = cipher;
        this.receptionHours = receptionHours;
        this.clock = clock;
    }

    /**
     * Registers a submission. The complainant's identity is stored encrypted; an anonymous submission stores none, and is
     * refused (by the case it opens) where the institution's procedure does not allow it.
     *
     * @param registeredBy the staff member registering it on the complainant's behalf, or null when the public submits
     */
    @Transactional
    public Registration register(RegistrationRequest request, List<? extends IncomingFile> files, UUID registeredBy) {
        var now = clock.instant();
        check(request, files, registeredBy == null, now);
        var institution = institutions
                .findByCode(request.institution())
                .orElseThrow(() -> InvalidInputException.unprocessable(
                        "institution", "No institution has the code " + request.institution()));
        var stored = new ArrayList<AttachmentStore.StoredFile>();
        for (int i = 0; i < files.size(); i++) {
            stored.add(attachments.store(files.get(i), "files[" + i + "]"));
        }
        var local = now.atZone(institution.zone());
        var trackingNumber = TrackingCodes.newTrackingNumber();
        var accessCode = TrackingCodes.newAccessCode();
        var id = UUID.randomUUID();
        // an anonymous complainant keeps its type (a group, an organisation): it says who spoke, not who they are
        var given = request.complainant();
        var complainant =
                stripped(request.anonymous() ? Complainant.anonymous(given == null ? null : given.type()) : given);
        var identity = cipher.seal(complainant, id);
        var audience = request.audienceRequestedFor() == null
                ? null
                : request.audienceRequestedFor().toInstant();
        var identityInText = Redaction.of(complainant);
        // Everything but the registration number first: the number is taken last (ADR 0019). The receipt is written
        // in the same statement.
        jdbc.sql("""
                with stored as (
                insert into submission (id, institution_id, kind, channel, registration_year, tracking_number,
                    access_code_hash, complainant_type, complainant_name, complainant_organisation, identity_number,
                    address, phone, email, identity_number_hmac, identity_encrypted, confidential, anonymous,
                    respondent, title, purpose, substance, audience_requested_for, delegation_size, registered_at,
                    registered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id)
                insert into receipt (submission_id, issued_at, content) select id, ?::timestamptz, ?::jsonb from stored""")
                .params(
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
                        audience == null ? null : java.sql.Timestamp.from(audience),
                        request.delegationSize(),
                        java.sql.Timestamp.from(now),
                        registeredBy,
                        java.sql.Timestamp.from(now),
                        receipt(institution, request, identityInText, trackingNumber, now, stored))
                .update();
        insertAttachments(id, stored, now);
        // What every staff member of the institution sees in lists and finds by search: for a confidential submission,
        // without the complainant's identity even where they wrote it into their text.
        var listed = request.confidential() ? identityInText : Redaction.of(null);
        var registered = new SubmissionRegistered(
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
        events.publishEvent(registered);
        var registrationNumber = number(id, institution, local.getYear(), local.getMonthValue(), request.kind());
        events.publishEvent(new SubmissionNumbered(registered, registrationNumber));
        return new Registration(id, registrationNumber, trackingNumber, accessCode, now);
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
            check(request, files, true, clock.instant());
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
    }

    private void check(
            RegistrationRequest request, List<? extends IncomingFile> files, boolean fromPublic, Instant now) {
        var errors = new ArrayList<FieldError>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
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
                checkReceptionHours(request, errors);
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

    /** The public asks for an audience within the institution's reception hours (003 IV.A.5). */
    private void checkReceptionHours(RegistrationRequest request, List<FieldError> errors) {
        if (request.channel() != Channel.IN_PERSON
                || request.institution() == null
                || request.audienceRequestedFor() == null
                || errors.stream().anyMatch(e -> e.field().equals("audienceRequestedFor"))) {
            return;
        }
        institutions
                .findByCode(request.institution())
                .flatMap(institution -> receptionHours.refusal(
                        institution.id(), request.audienceRequestedFor().toInstant()))
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

    /**
     * Takes the next number of the institution's year and gives it to the submission, its receipt and (by casework's
     * trigger, V18) its case, in one statement. The counter's row stays locked until commit, so numbers have no gaps;
     * registrations of the institution wait for each other from here to their commit only, which is why only the audit
     * entry follows (ADR 0019, ADR 0021).
     */
    private String number(UUID id, Institution institution, int year, int month, SubmissionKind kind) {
        numbering.awaitTurn(institution.id());
        return jdbc.sql("""
                with counter as (
                    insert into registration_counter (institution_id, year, last_value) values (:institution, :year, 1)
                    on conflict (institution_id, year) do update set last_value = registration_counter.last_value + 1
                    returning last_value),
                numbered as (
                    update submission
                    set registration_sequence = counter.last_value,
                        registration_number = format_registration_number(:template, counter.last_value)
                    from counter where id = :id
                    returning registration_number),
                receipt_numbered as (
                    update receipt
                    set content = jsonb_set(content, '{registrationNumber}', to_jsonb(numbered.registration_number))
                    from numbered where receipt.submission_id = :id)
                select registration_number from numbered""")
                .param("institution", institution.id())
                .param("year", year)
                .param(
                        "template",
                        RegistrationNumberFormat.template(institution.registrationPattern(), year, month, kind))
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** All attachment rows in one batch. */
    private void insertAttachments(UUID submissionId, List<AttachmentStore.StoredFile> files, Instant now) {
        if (files.isEmpty()) {
            return;
        }
        var uploadedAt = java.sql.Timestamp.from(now);
        jdbcTemplate.batchUpdate(
                """
                insert into attachment (id, submission_id, file_name, media_type, size_bytes, sha256, storage_key,
                    uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                files.stream()
                        .map(file -> new Object[] {
                            UUID.randomUUID(),
                            submissionId,
                            file.fileName(),
                            file.mediaType(),
                            file.size(),
                            file.sha256(),
                            file.storageKey(),
                            uploadedAt
                        })
                        .toList());
    }

    /** The receipt as JSON. */
    private String receipt(
            Institution institution,
            RegistrationRequest request,
            Redaction identity,
            String trackingNumber,
            Instant now,
            List<AttachmentStore.StoredFile> files) {
        // The receipt is served on the public API (with the access code): it never contains the complainant's identity.
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("institution", institution.name());
        content.put("registrationNumber", null); // filled in by number()
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
        return json.writeValueAsString(content);
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
