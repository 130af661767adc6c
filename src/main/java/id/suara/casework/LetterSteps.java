package id.suara.casework;

import id.suara.documents.DocumentType;
import id.suara.documents.Letter;
import id.suara.documents.Letters;
import id.suara.shared.ConflictException;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.StaffMember;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What an SOP action does with the case's letter of the type it names ({@link id.suara.sop.LetterStep}), in the
 * action's transaction: initial or sign it as the actor (unless the actor's initial or the signature is there already),
 * or refuse the action until the letter is drafted, signed or delivered.
 */
@Component
class LetterSteps {

    private final CaseLetters caseLetters;
    private final LetterDeliveries deliveries;
    private final Letters letters;
    private final Meetings meetings;

    LetterSteps(CaseLetters caseLetters, LetterDeliveries deliveries, Letters letters, Meetings meetings) {
        this.meetings = meetings;
        this.caseLetters = caseLetters;
        this.deliveries = deliveries;
        this.letters = letters;
    }

    /** Performs or checks the action's letter step; answers the values to record with the action. */
    Map<String, Object> forAction(CaseFile c, TransitionDefinition transition, StaffMember actor) {
        var step = transition.letter();
        var type = DocumentType.valueOf(step.type());
        if (step.act() == id.suara.sop.LetterStep.Act.ISSUED) {
            // a meeting record (minutes, attendance list) of a meeting that discusses the case (ADR 0028)
            if (!meetings.recordIssuedFor(c.id(), type)) {
                throw new ConflictException(
                        "letter",
                        "This action needs the " + type + " of a meeting that discusses the case issued first");
            }
            return Map.of("record", type.name());
        }
        var letter = letters.newest(c.id(), type)
                .orElseThrow(() ->
                        new ConflictException("letter", "This action needs the case's " + type + " drafted first"));
        var roles = CaseLetters.rolesOn(c, actor);
        var result = switch (step.act()) {
            case DRAFTED -> letter;
            case SIGNED -> {
                requireSigned(letter, type);
                yield letter;
            }
            case DELIVERED -> {
                requireSigned(letter, type);
                if (!deliveries.delivered(letter)) {
                    throw new ConflictException(
                            "letter",
                            "This action needs the case's " + type + " delivered to the complainant first: e-mailed"
                                    + " (and accepted by the mail server) or posted");
                }
                yield letter;
            }
            case INITIAL -> {
                boolean given = letter.status() == Letter.Status.SIGNED
                        || letter.initials().stream().anyMatch(i -> roles.contains(i.role()));
                if (given) {
                    yield letter;
                }
                yield caseLetters.initialled(c, actor, roles, letter.id());
            }
            case ISSUED -> throw new IllegalStateException("handled above");
            case SIGN -> {
                if (letter.status() == Letter.Status.SIGNED) {
                    yield letter;
                }
                yield caseLetters.signed(c, actor, roles, letter.id());
            }
        };
        var values = new LinkedHashMap<String, Object>();
        values.put("letter", result.subject());
        if (result.number() != null) {
            values.put("letterNumber", result.number());
        }
        return values;
    }

    private static void requireSigned(Letter letter, DocumentType type) {
        if (letter.status() != Letter.Status.SIGNED) {
            throw new ConflictException("letter", "This action needs the case's " + type + " signed first");
        }
    }
}
