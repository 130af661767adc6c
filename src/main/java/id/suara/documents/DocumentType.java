package id.suara.documents;

/** The kinds of document Suara issues, each with its template under {@code templates/documents/}. */
public enum DocumentType {
    /** Tanda terima: what the complainant receives at registration; numbered with the registration number. */
    RECEIPT("receipt", "tanda-terima");

    private final String template;
    private final String fileName;

    DocumentType(String template, String fileName) {
        this.template = template;
        this.fileName = fileName;
    }

    /** How its files begin, in Indonesian, e.g. {@code tanda-terima}. */
    String fileName() {
        return fileName;
    }

    String template() {
        return "documents/" + template;
    }
}
