package id.suara.casework;

import id.suara.intake.Redaction;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.staff.StaffMember;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How what staff wrote about a case (dispositions' notes, monitoring notes, review memos) reads to one viewer: a
 * confidential complainant's identity withheld ("Dirahasiakan") from those who do not handle identities, as
 * {@link CaseReading} does with notes and history.
 */
@Component
class CaseTexts {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Submissions submissions;
    private final MessageSource messages;

    CaseTexts(Submissions submissions, MessageSource messages) {
        this.submissions = submissions;
        this.messages = messages;
    }

    /** The texts of a case as {@code viewer} reads them. */
    UnaryOperator<String> forViewer(UUID caseId, UUID institutionId, StaffMember viewer) {
        var submission = submissions.details(caseId).orElse(null);
        if (submission == null
                || !submission.confidential()
                || submission.anonymous()
                || IdentityHandlers.handles(viewer, institutionId)) {
            return UnaryOperator.identity();
        }
        var hidden = withheld(LocaleContextHolder.getLocale());
        var redaction = Redaction.of(submission.complainant());
        return text -> redaction.apply(text, hidden);
    }

    /**
     * The texts of a case as a document printed for every reader of the case shows them: a confidential complainant's
     * identity always withheld, in Indonesian.
     */
    UnaryOperator<String> forDocument(SubmissionDetails submission) {
        if (!submission.confidential() || submission.anonymous()) {
            return UnaryOperator.identity();
        }
        var hidden = withheld(INDONESIAN);
        var redaction = Redaction.of(submission.complainant());
        return text -> redaction.apply(text, hidden);
    }

    /**
     * Who wrote, as a disposition sheet prints it ("Surat dari"): the complainant's name (and organisation), "Dirahasiakan"
     * when confidential, "Tanpa identitas" when anonymous.
     */
    String sender(SubmissionDetails submission) {
        if (submission.anonymous() || submission.complainant() == null) {
            return messages.getMessage("web.office.case.anonymous", null, "Tanpa identitas", INDONESIAN);
        }
        if (submission.confidential()) {
            return withheld(INDONESIAN);
        }
        var who = submission.complainant();
        if (who.organisation() != null && who.name() != null) {
            return who.name() + " (" + who.organisation() + ")";
        }
        return who.name() != null ? who.name() : who.organisation() != null ? who.organisation() : "-";
    }

    private String withheld(Locale locale) {
        return messages.getMessage("suara.identity.withheld", null, "Dirahasiakan", locale);
    }
}
