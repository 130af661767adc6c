package id.suara.shared.web;

import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 problem response naming the offending fields in {@code errors}
 * ({@code [{"field": "complainant.email", "message": "..."}]}). Unexpected failures become a bare 500 without details.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        var status = e.unprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        var problem = ProblemWriter.problem(
                status, "invalid-input", "The request has invalid values", e.getMessage(), e.errors());
        e.properties().forEach(problem::setProperty);
        return ProblemWriter.entity(problem, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict with the current state",
                e.getMessage(),
                e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalidInput("Some values are invalid", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidInput(
                "Parameter '" + e.getName() + "' has an invalid value",
                List.of(new FieldError(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "Something went wrong on our side; nothing was changed",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(
                        f.getField(),
                        // a value that could not be converted: say so without the Java types of the conversion
                        f.isBindingFailure() ? "has an invalid value" : f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return invalidInput("Some values are invalid", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(requestName(r.getMethodParameter()), err.getDefaultMessage())))
                .toList();
        return invalidInput("Some values are invalid", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLargeException) {
                return ProblemWriter.entity(BodySizeLimitFilter.tooLargeProblem(), HttpHeaders.EMPTY);
            }
        }
        // The outermost Jackson exception knows where in the body it failed; its causes (such as the
        // DateTimeParseException of an unreadable date) no longer do.
        var jackson = outermost(e, JacksonException.class);
        boolean wellFormed = !(jackson instanceof StreamReadException) || jackson instanceof InputCoercionException;
        if (jackson != null && wellFormed && !jackson.getPath().isEmpty()) {
            var field = path(jackson);
            return invalidInput("Invalid value for '" + field + "'", List.of(new FieldError(field, reason(jackson))));
        }
        if (jackson instanceof MismatchedInputException) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-body",
                    "Malformed request body",
                    "The body must be a JSON object",
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        var detail = jackson != null ? "The body is not well-formed JSON" : "The body cannot be read";
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "Malformed request body",
                detail,
                List.of(new FieldError("body", detail)));
    }

    /** Why the value at a field of the body was refused, in words that name no Java type. */
    private static String reason(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known property";
        }
        if (e instanceof InputCoercionException) {
            return "is a number too large or too small for this field";
        }
        var target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "has an invalid value; allowed: " + List.of(target.getEnumConstants());
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return "must be a date and time such as 2026-03-02T10:00:00+07:00";
        }
        if (e instanceof InvalidFormatException) {
            return "has an invalid value";
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type or is missing";
        }
        return "has an invalid value";
    }

    private static <T extends Throwable> T outermost(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var supported =
                e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        var detail = (e.getContentType() == null
                        ? "A Content-Type is required"
                        : "Content-Type '" + e.getContentType() + "' is not supported")
                + (supported.isEmpty() ? "" : "; send one of " + supported);
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                detail,
                List.of(new FieldError(HttpHeaders.CONTENT_TYPE, detail)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidInput(
                "The part '" + e.getRequestPartName() + "' is missing",
                List.of(new FieldError(e.getRequestPartName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidInput(
                "The parameter '" + e.getParameterName() + "' is missing",
                List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Request too large",
                "The files are larger than allowed",
                List.of(new FieldError("files", "are larger than allowed")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (e instanceof MultipartException && statusCode.is5xxServerError()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-body",
                    "Malformed multipart request",
                    "The multipart body cannot be read",
                    List.of(new FieldError("body", "cannot be read")));
        }
        if (!ErrorPages.api(path(request)) && request instanceof ServletWebRequest servlet) {
            // a page's refusal by Spring itself (no such page, wrong method): the HTML error page, not a problem
            // document
            var response = servlet.getResponse();
            if (response != null && !response.isCommitted()) {
                try {
                    response.sendError(statusCode.value());
                    return null;
                } catch (java.io.IOException | IllegalStateException ignored) {
                    // fall through to the problem document
                }
            }
        }
        var answer = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail spring && isBlank(spring.getType())) {
            // Spring's own problems (404, 405, 406, ...) in Suara's shape: a type of ours, no internals in the detail
            var status = HttpStatus.valueOf(statusCode.value());
            var problem = status == HttpStatus.NOT_FOUND
                    ? ErrorPages.problem(status.value())
                    : ProblemWriter.problem(
                            status,
                            status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            status.getReasonPhrase(),
                            spring.getDetail(),
                            List.of());
            return ProblemWriter.entity(problem, answer.getHeaders());
        }
        return answer;
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : request.getDescription(false).replaceFirst("^uri=", "");
    }

    private static boolean isBlank(URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    private static ResponseEntity<Object> invalidInput(String detail, List<FieldError> errors) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid values", detail, errors);
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        return problem(status, type, title, detail, errors, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, String type, String title, String detail, List<FieldError> errors, HttpHeaders headers) {
        return ProblemWriter.entity(ProblemWriter.problem(status, type, title, detail, errors), headers);
    }

    private static String path(JacksonException e) {
        var out = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** The name the client uses for a parameter, e.g. {@code q} for {@code @RequestParam(name = "q") String text}. */
    private static String requestName(MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
