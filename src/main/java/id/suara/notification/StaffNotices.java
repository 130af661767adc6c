package id.suara.notification;

import id.suara.staff.NotificationPreference;
import id.suara.staff.StaffNoticeSettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells staff of the cases at their steps (ADR 0035): a short mail at once to those who chose IMMEDIATE, and a daily
 * digest to those who chose DIGEST. A recipient is every enabled account of the case's institution with an e-mail
 * address that may act at the step (for unit-bound roles: for the case's unit). Mails name the case by its number and
 * link to its page; they never carry the complainant's identity or the case's texts.
 */
@Service
public class StaffNotices {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final StaffNoticeSettings staff;
    private final Outbox outbox;
    private final NoticeSettings settings;
    private final MessageSource messages;

    StaffNotices(StaffNoticeSettings staff, Outbox outbox, NoticeSettings settings, MessageSource messages) {
        this.staff = staff;
        this.outbox = outbox;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * A case reached a step: mails everyone acting at it who chose IMMEDIATE. Idempotent per history entry and account.
     *
     * @param historySeq the case history entry by which it reached the step
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int caseReachedStep(CaseAtStep at, int historySeq) {
        return casesReachedSteps(List.of(new Reached(at, historySeq)));
    }

    /** A case that reached a step by a history entry. */
    public record Reached(CaseAtStep at, int historySeq) {}

    /**
     * Cases that reached steps, e.g. a registration group's: the IMMEDIATE accounts of each institution are read once
     * for them all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int casesReachedSteps(List<Reached> reached) {
        var byInstitution = new java.util.HashMap<UUID, List<StaffNoticeSettings.Recipient>>();
        int queued = 0;
        for (var r : reached) {
            var at = r.at();
            var recipients = byInstitution.computeIfAbsent(
                    at.institutionId(), id -> staff.recipients(id, NotificationPreference.IMMEDIATE));
            queued += immediately(
                    at,
                    recipients,
                    "staff:" + at.caseId() + ":" + r.historySeq(),
                    text("notice.staff.reached.subject", at.registrationNumber(), at.stepName()),
                    text("notice.staff.reached.body", at.registrationNumber(), at.stepName(), due(at), link(at)));
        }
        return queued;
    }

    /**
     * Something happened on a case that its current step's officers should look at (e.g. the complainant added
     * information): mails everyone acting at the step who chose IMMEDIATE, in the caller's transaction. Those who chose
     * the digest see the case there. Idempotent per event and account.
     *
     * @param reasonKey what happened, as a message key under {@code notice.staff.reason.} (e.g.
     *     {@code complainant-added-information}); an unknown key is shown as it is
     * @param eventKey what makes it one event, e.g. the id of the complainant's message
     * @return how many mails were queued (or were queued before under the same keys)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int caseNeedsAttention(CaseAtStep at, String reasonKey, String eventKey) {
        var reason = messages.getMessage("notice.staff.reason." + reasonKey, null, reasonKey, INDONESIAN);
        return immediately(
                at,
                staff.recipients(at.institutionId(), NotificationPreference.IMMEDIATE),
                "attention:" + at.caseId() + ":" + eventKey,
                text("notice.staff.attention.subject", at.registrationNumber(), reason),
                text("notice.staff.attention.body", at.registrationNumber(), reason, at.stepName(), link(at)));
    }

    /**
     * The daily digest of one institution for one day: mails every account that chose DIGEST the given cases it acts
     * on (those due today and overdue), nothing when there are none. Idempotent per account and day: a second node or a
     * rerun queues nothing new.
     *
     * @return the accounts mailed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int digest(UUID institutionId, LocalDate day, ZoneId zone, List<CaseAtStep> cases) {
        if (cases.isEmpty()) {
            return 0;
        }
        int mailed = 0;
        for (var recipient : staff.recipients(institutionId, NotificationPreference.DIGEST)) {
            var mine = cases.stream()
                    .filter(c -> recipient.member().mayActAs(c.roles(), c.institutionId(), c.unitId()))
                    .sorted(Comparator.comparing(CaseAtStep::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            var lines = new StringBuilder();
            var startOfDay = day.atStartOfDay(zone).toInstant();
            for (var c : mine) {
                var key = c.dueAt() != null && c.dueAt().isBefore(startOfDay)
                        ? "notice.staff.digest.overdue"
                        : "notice.staff.digest.due";
                lines.append("- ")
                        .append(text(key, c.registrationNumber(), c.stepName(), due(c, zone), link(c)))
                        .append('\n');
            }
            outbox.enqueue(new OutgoingMail(
                    "digest:" + recipient.member().id() + ":" + day,
                    institutionId,
                    null,
                    recipient.email(),
                    text("notice.staff.digest.subject", day.toString(), mine.size()),
                    text("notice.staff.digest.body", recipient.member().displayName(), lines.toString()),
                    List.of()));
            mailed++;
        }
        return mailed;
    }

    private int immediately(
            CaseAtStep at,
            List<StaffNoticeSettings.Recipient> recipients,
            String keyPrefix,
            String subject,
            String body) {
        int queued = 0;
        for (var recipient : recipients) {
            if (!recipient.member().mayActAs(at.roles(), at.institutionId(), at.unitId())) {
                continue;
            }
            outbox.enqueue(new OutgoingMail(
                    keyPrefix + ":" + recipient.member().id(),
                    at.institutionId(),
                    at.caseId(),
                    recipient.email(),
                    subject,
                    body,
                    List.of()));
            queued++;
        }
        return queued;
    }

    private String due(CaseAtStep at) {
        return due(at, ZoneId.of(settings.digestZone()));
    }

    private String due(CaseAtStep at, ZoneId zone) {
        return at.dueAt() == null ? "—" : DAY.format(at.dueAt().atZone(zone));
    }

    private String link(CaseAtStep at) {
        return settings.base() + "/kantor/kasus/" + at.caseId();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
