package id.suara.sop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed from one SOP version to another, for administrators deciding whether to activate a draft: the procedure's
 * own properties, the requirements checked, and each step added, removed or changed. Steps are matched by their code;
 * the seed-document citations ({@code source}) are not compared, since they do not change how a case runs.
 *
 * @param before the version compared from (usually the older one)
 * @param after the version compared to
 * @param metadata the names of the procedure's changed properties, e.g. {@code title}, {@code channels}
 * @param requirementsAdded the requirement checks made by {@code after} but not by {@code before}
 * @param requirementsRemoved the requirement checks made by {@code before} but no longer by {@code after}
 * @param steps the steps added, removed or changed, in the order of {@code after} followed by those removed
 */
public record SopComparison(
        SopVersion before,
        SopVersion after,
        List<String> metadata,
        Set<RequirementCheck> requirementsAdded,
        Set<RequirementCheck> requirementsRemoved,
        List<StepChange> steps) {

    /** How a step differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One step that differs between the versions.
     *
     * @param before the step in the earlier version; null when added
     * @param after the step in the later version; null when removed
     * @param fields the names of the step's changed properties, e.g. {@code name}, {@code timeLimit}; {@code
     *     transitions} when its way out changed
     * @param transitionsAdded the moves out of the step that only the later version allows
     * @param transitionsRemoved the moves out of the step that only the earlier version allows
     */
    public record StepChange(
            Kind kind,
            String code,
            StepDefinition before,
            StepDefinition after,
            List<String> fields,
            List<TransitionDefinition> transitionsAdded,
            List<TransitionDefinition> transitionsRemoved) {}

    public SopComparison {
        metadata = List.copyOf(metadata);
        requirementsAdded = Set.copyOf(requirementsAdded);
        requirementsRemoved = Set.copyOf(requirementsRemoved);
        steps = List.copyOf(steps);
    }

    /** Whether the two versions run a case the same way and describe it the same way. */
    public boolean same() {
        return metadata.isEmpty() && requirementsAdded.isEmpty() && requirementsRemoved.isEmpty() && steps.isEmpty();
    }

    public static SopComparison between(SopVersion before, SopVersion after) {
        var from = before.definition();
        var to = after.definition();
        var metadata = changed(from, to, METADATA_FIELDS);

        var requirementsBefore = requirements(from);
        var requirementsAfter = requirements(to);
        var added = EnumSet.noneOf(RequirementCheck.class);
        added.addAll(requirementsAfter);
        added.removeAll(requirementsBefore);
        var removed = EnumSet.noneOf(RequirementCheck.class);
        removed.addAll(requirementsBefore);
        removed.removeAll(requirementsAfter);

        var changes = new ArrayList<StepChange>();
        for (var step : to.steps()) {
            var transitionsAfter = to.transitionsFrom(step.code());
            var earlier = from.step(step.code());
            if (earlier.isEmpty()) {
                changes.add(
                        new StepChange(Kind.ADDED, step.code(), null, step, List.of(), transitionsAfter, List.of()));
                continue;
            }
            var transitionsBefore = from.transitionsFrom(step.code());
            var transitionsAdded = without(transitionsAfter, transitionsBefore);
            var transitionsRemoved = without(transitionsBefore, transitionsAfter);
            var fields = new ArrayList<>(changed(earlier.get(), step, STEP_FIELDS));
            if (!transitionsAdded.isEmpty() || !transitionsRemoved.isEmpty()) {
                fields.add("transitions");
            }
            if (!fields.isEmpty()) {
                changes.add(new StepChange(
                        Kind.CHANGED, step.code(), earlier.get(), step, fields, transitionsAdded, transitionsRemoved));
            }
        }
        for (var step : from.steps()) {
            if (to.step(step.code()).isEmpty()) {
                changes.add(new StepChange(
                        Kind.REMOVED,
                        step.code(),
                        step,
                        null,
                        List.of(),
                        List.of(),
                        from.transitionsFrom(step.code())));
            }
        }
        return new SopComparison(before, after, metadata, added, removed, changes);
    }

    /** A property compared by name. */
    private record Field<T>(String name, Function<T, Object> read) {}

    private static final List<Field<SopDefinition>> METADATA_FIELDS = List.of(
            new Field<>("code", SopDefinition::code),
            new Field<>("title", SopDefinition::title),
            new Field<>("issuer", SopDefinition::issuer),
            new Field<>("documentNumber", SopDefinition::documentNumber),
            new Field<>("channels", SopDefinition::channels),
            new Field<>("kinds", SopDefinition::kinds),
            new Field<>("anonymousAllowed", SopDefinition::anonymousAllowed));

    private static final List<Field<StepDefinition>> STEP_FIELDS = List.of(
            new Field<>("number", StepDefinition::number),
            new Field<>("name", StepDefinition::name),
            new Field<>("publicName", StepDefinition::publicName),
            new Field<>("roles", StepDefinition::roles),
            new Field<>("timeLimit", StepDefinition::timeLimit),
            new Field<>("outputs", StepDefinition::outputs),
            new Field<>("requirementChecks", StepDefinition::requirementChecks),
            new Field<>("status", StepDefinition::status),
            new Field<>("terminal", StepDefinition::terminal),
            new Field<>("appointmentField", StepDefinition::appointmentField));

    /** The requirement checks made anywhere in the procedure. */
    public static Set<RequirementCheck> requirements(SopDefinition definition) {
        var checks = EnumSet.noneOf(RequirementCheck.class);
        definition.steps().forEach(s -> checks.addAll(s.requirementChecks()));
        return checks;
    }

    private static <T> List<String> changed(T before, T after, List<Field<T>> fields) {
        return fields.stream()
                .filter(f -> !Objects.equals(f.read().apply(before), f.read().apply(after)))
                .map(Field::name)
                .toList();
    }

    /** The transitions of {@code these} that {@code others} lacks, citations aside. */
    private static List<TransitionDefinition> without(
            List<TransitionDefinition> these, List<TransitionDefinition> others) {
        return these.stream()
                .filter(t -> others.stream().noneMatch(o -> sameMove(t, o)))
                .toList();
    }

    private static boolean sameMove(TransitionDefinition a, TransitionDefinition b) {
        return a.from().equals(b.from())
                && a.action().equals(b.action())
                && a.to().equals(b.to())
                && Objects.equals(a.label(), b.label())
                && a.condition() == b.condition()
                && a.roles().equals(b.roles())
                && a.fields().equals(b.fields())
                && a.automatic() == b.automatic();
    }
}
