package id.suara.sop;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * A procedure as data: what it applies to, its steps in order, and its allowed transitions.
 *
 * @param code identifier of the procedure within an institution, e.g. {@code kebumen-written}
 * @param source the seed document, e.g. {@code "003_2f43c4f52b65361e.txt — SOP ... secara Tertulis"}
 * @param channels the channels whose submissions this SOP handles
 * @param kinds the submission kinds it handles
 * @param anonymousAllowed whether the procedure accepts submissions without any identity of the complainant; false
 *     unless the procedure says otherwise
 * @param anonymousSource why anonymous submissions are or are not allowed: the seed document and step, or the inference
 * @param steps the steps in SOP order; the first is where every case starts
 * @param letters who initials and signs each type of letter the procedure produces
 * @param reopenStep the step a case goes back to when the complainant objects to its answer (ADR 0036); optional: when
 *     absent, {@link #stepToReopenAt()} falls back to the step the answer is published from
 * @param identity the identity block the printed SOP shows above its flow table (ADR 0039); optional: definitions
 *     stored before it existed have none, and an SOP without one prints "-" in every field
 */
public record SopDefinition(
        String code,
        LocalizedText title,
        String issuer,
        String documentNumber,
        String source,
        List<Channel> channels,
        List<SubmissionKind> kinds,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean anonymousAllowed,
        String anonymousSource,
        List<StepDefinition> steps,
        List<TransitionDefinition> transitions,
        List<LetterRule> letters,
        String reopenStep,
        SopIdentity identity) {

    public SopDefinition(
            String code,
            LocalizedText title,
            String issuer,
            String documentNumber,
            String source,
            List<Channel> channels,
            List<SubmissionKind> kinds,
            boolean anonymousAllowed,
            String anonymousSource,
            List<StepDefinition> steps,
            List<TransitionDefinition> transitions,
            List<LetterRule> letters,
            String reopenStep) {
        this(
                code,
                title,
                issuer,
                documentNumber,
                source,
                channels,
                kinds,
                anonymousAllowed,
                anonymousSource,
                steps,
                transitions,
                letters,
                reopenStep,
                null);
    }

    public SopDefinition(
            String code,
            LocalizedText title,
            String issuer,
            String documentNumber,
            String source,
            List<Channel> channels,
            List<SubmissionKind> kinds,
            boolean anonymousAllowed,
            String anonymousSource,
            List<StepDefinition> steps,
            List<TransitionDefinition> transitions,
            List<LetterRule> letters) {
        this(
                code,
                title,
                issuer,
                documentNumber,
                source,
                channels,
                kinds,
                anonymousAllowed,
                anonymousSource,
                steps,
                transitions,
                letters,
                null,
                null);
    }

    public SopDefinition(
            String code,
            LocalizedText title,
            String issuer,
            String documentNumber,
            String source,
            List<Channel> channels,
            List<SubmissionKind> kinds,
            boolean anonymousAllowed,
            String anonymousSource,
            List<StepDefinition> steps,
            List<TransitionDefinition> transitions) {
        this(
                code,
                title,
                issuer,
                documentNumber,
                source,
                channels,
                kinds,
                anonymousAllowed,
                anonymousSource,
                steps,
                transitions,
                List.of(),
                null,
                null);
    }

    public SopDefinition {
        channels = channels == null ? List.of() : List.copyOf(channels);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        steps = steps == null ? List.of() : List.copyOf(steps);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        letters = letters == null ? List.of() : List.copyOf(letters);
    }

    /** The procedure's rule for a type of letter, if it names one. */
    public Optional<LetterRule> letterRule(String type) {
        return letters.stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /**
     * Where an objection to the answer reopens a case (ADR 0036): the {@link #reopenStep} the procedure names; without
     * one, the step the answer is published from (the source of the first transition with a
     * {@link ActionField.FieldEffect#PUBLISH_ANSWER} field), so whoever wrote the answer reconsiders it; without that,
     * the first step no complainant performs. Empty only for a procedure with no step staff perform.
     */
    public Optional<StepDefinition> stepToReopenAt() {
        if (reopenStep != null && !reopenStep.isBlank()) {
            return step(reopenStep).filter(s -> !s.terminal());
        }
        var answering = transitions.stream()
                .filter(t -> t.fields().stream().anyMatch(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER))
                .map(TransitionDefinition::from)
                .findFirst()
                .flatMap(this::step)
                .filter(s -> !s.terminal());
        if (answering.isPresent()) {
            return answering;
        }
        return steps.stream()
                .filter(s -> !s.terminal() && !s.roles().contains(id.suara.institution.Role.COMPLAINANT))
                .findFirst();
    }

    public StepDefinition firstStep() {
        return steps.getFirst();
    }

    public Optional<StepDefinition> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<TransitionDefinition> transitionsFrom(String stepCode) {
        return transitions.stream().filter(t -> t.from().equals(stepCode)).toList();
    }

    /** The roles allowed to perform a transition: its own, or else those of its source step. */
    public List<id.suara.institution.Role> rolesFor(TransitionDefinition transition) {
        return transition.roles().isEmpty()
                ? step(transition.from()).map(StepDefinition::roles).orElse(List.of())
                : transition.roles();
    }

    /**
     * The swimlanes of the procedure drawn in the SOP layout: the roles that perform its steps (pelaksana), in the
     * order they first act.
     */
    public List<id.suara.institution.Role> lanes() {
        return steps.stream()
                .filter(s -> !s.terminal())
                .flatMap(s -> s.roles().stream())
                .distinct()
                .toList();
    }

    public boolean handles(Channel channel, SubmissionKind kind) {
        return channels.contains(channel) && kinds.contains(kind);
    }
}
