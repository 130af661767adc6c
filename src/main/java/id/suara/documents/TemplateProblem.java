package id.suara.documents;

/**
 * Why a document template was refused (ADR 0029), as the refusal's problem document lists it under {@code problems}.
 *
 * @param reason what is wrong, e.g. {@code forbidden-type} ({@code T(…)}), {@code sandbox-bean} (a bean other than
 *     {@code @pageFormat}), {@code template} (Thymeleaf cannot render it), {@code missing-number}
 * @param line the line of the template, when known
 * @param detail the construct or the engine's message, as written
 */
public record TemplateProblem(String reason, Integer line, String detail) {

    /** The refusal in the API's English, one line. */
    public String message() {
        var where = line == null ? "" : "line " + line + ": ";
        return where + TemplateProblem.describe(reason) + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }

    private static String describe(String reason) {
        return switch (reason) {
            case "empty" -> "a template must not be empty";
            case "nul" -> "a template must not contain the NUL character";
            case "too-large" -> "a template must be at most " + DocumentTemplates.MAX_BYTES + " bytes (UTF-8)";
            case "forbidden-type" -> "type references (T(...)) are not allowed";
            case "forbidden-new" -> "creating objects (new ...) is not allowed";
            case "forbidden-bean" -> "beans other than @pageFormat are not available";
            case "forbidden-preprocessing" -> "preprocessing (__...__) is not allowed";
            case "forbidden-unescaped" -> "unescaped output (th:utext, [(...)]) is not allowed";
            case "forbidden-include" -> "only fragments of documents/layout may be included";
            case "forbidden-element" -> "this element is not allowed";
            case "forbidden-source" -> "images and other sources must be data: URIs";
            case "forbidden-url" -> "CSS url(...) must be a data: URI";
            case "forbidden-import" -> "@import is not allowed";
            case "forbidden-doctype" -> "only <!DOCTYPE html> is allowed";
            case "forbidden-entity" -> "entity declarations are not allowed";
            case "forbidden-instruction" -> "processing instructions are not allowed";
            case "sandbox-bean" -> "beans other than @pageFormat are not available";
            case "sandbox-type" -> "types (T(...), new ...) are not available";
            case "sandbox-static" -> "static methods are not available";
            case "sandbox-method" -> "this method is not available";
            case "sandbox-object" -> "methods and properties of this object are not available";
            case "sandbox-property" -> "this property is not available";
            case "sandbox-include" -> "only fragments of documents/layout may be included";
            case "template" -> "the template cannot be rendered";
            case "pdf" -> "the template's HTML cannot be made into a PDF (it must be well-formed XHTML)";
            case "resource" -> "the document may not load anything from outside it (only data: URIs)";
            case "missing-number" -> "the document's number (${number}) is missing";
            case "missing-qr" -> "the verification QR code (documents/layout :: verification) is missing";
            case "missing-code" -> "the verification code (documents/layout :: verification) is missing";
            case "missing-signatory" -> "the signature block (documents/layout :: signature) is missing";
            default -> reason;
        };
    }
}
