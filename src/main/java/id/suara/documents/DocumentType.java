package id.suara.documents;

/** The kinds of document Suara issues, each with its template under {@code templates/documents/}. */
public enum DocumentType {
    /** Tanda terima: what the complainant receives at registration; numbered with the registration number. */
    RECEIPT("receipt");

    private final String template;

    DocumentType(String template) {
        this.template = template;
    }

    String template() {
        return "documents/" + template;
    }
}
