package id.suara.recess;

import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported sheet refused whole: nothing of it was stored. Either the file itself ({@code reason} {@code notXlsx},
 * {@code tooLarge}, {@code notLayout}, {@code otherVisit}, {@code unknownSheet}, {@code wrongKind},
 * {@code tooManyRows}) or some of its lines ({@code invalidLines}, each in {@link #problems()}).
 */
public class SheetRejected extends RuntimeException {

    private final String reason;
    private final List<SheetProblem> problems;

    SheetRejected(String reason, String message) {
        this(reason, message, List.of());
    }

    SheetRejected(String reason, String message, List<SheetProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public String reason() {
        return reason;
    }

    public List<SheetProblem> problems() {
        return problems;
    }

    /**
     * The refusal as the API answers it: 400 naming the field {@code file}, one error per problem, and the problems with
     * their sheet, line, row and column in {@code problems}.
     */
    public InvalidInputException asInvalidInput() {
        if (problems.isEmpty()) {
            return InvalidInputException.invalid("file", getMessage()).with("reason", reason);
        }
        var errors =
                problems.stream().map(p -> new FieldError("file", p.message())).toList();
        List<Map<String, Object>> described = problems.stream()
                .map(p -> {
                    var d = new LinkedHashMap<String, Object>();
                    d.put("sheet", p.sheet());
                    d.put("line", p.line());
                    d.put("row", p.row());
                    d.put("column", p.column());
                    d.put("reason", p.reason());
                    d.put("detail", p.message());
                    return (Map<String, Object>) d;
                })
                .toList();
        return InvalidInputException.invalid(errors).with("reason", reason).with("problems", described);
    }
}
