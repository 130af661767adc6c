package id.suara.documents;

/**
 * A change to a document template, from the API or the administrator's page.
 *
 * @param body the template's text (Thymeleaf, XHTML); not used when going back to the shipped template or to a version
 * @param note why it changed; at most 500 characters, may be left out
 * @param basedOn the version the editor started from (0: the shipped template, never changed); when given and no longer
 *     the newest, the change is refused with 409 rather than overwrite someone else's
 */
public record TemplateChange(String body, String note, Integer basedOn) {}
