package id.suara.recess;

/**
 * What is wrong with one filled line of an imported sheet.
 *
 * @param sheet the sheet's code
 * @param line the line number (the "No" column)
 * @param row the row of the workbook, as a spreadsheet numbers it (from 1)
 * @param column the column's header as printed, e.g. "Kategori"
 * @param reason {@code required}, {@code tooLong}, {@code unknownChoice}, {@code notANumber}, {@code notPositive},
 *     {@code negative}, {@code outOfRange}, {@code volumeWithoutUnit}, {@code unitWithoutVolume}, {@code badLine}, {@code duplicateLine} or {@code refused}
 * @param value what was written, the limit, or the refusal's message, depending on the reason; may be null
 */
public record SheetProblem(String sheet, int line, int row, String column, String reason, String value) {

    /** The problem in English, for the API. */
    public String message() {
        var where = "Sheet " + sheet + " line " + line + " (row " + row + "), column " + column + ": ";
        return where
                + switch (reason) {
                    case "required" -> "is required";
                    case "tooLong" -> "is longer than " + value + " characters";
                    case "unknownChoice" -> "\"" + value + "\" is not one of the allowed values";
                    case "notANumber" -> "\"" + value + "\" is not a number";
                    case "notPositive" -> "must be more than zero";
                    case "negative" -> "must not be negative";
                    case "outOfRange" -> value + " is too large or has too many decimals";
                    case "volumeWithoutUnit" -> "a volume needs its unit";
                    case "unitWithoutVolume" -> "a unit needs a volume";
                    case "badLine" -> "\"" + value + "\" is not a line number of this sheet";
                    case "duplicateLine" -> "line " + value + " appears twice";
                    case "refused" -> "refused: " + value;
                    default -> reason;
                };
    }
}
