package id.suara.casework;

/**
 * One instruction a disposition may give ("Dengan hormat harap …", GOVDOCS §1.7), such as "Proses lebih lanjut".
 *
 * @param code how the API names it: the label in lower case, words joined by hyphens ({@code proses-lebih-lanjut})
 * @param label as printed on the disposition sheet
 */
public record DispositionInstruction(String code, String label) {}
