package id.suara.documents;

import id.suara.institution.Institution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Blank forms printed on the institution's letterhead to be filled by hand, such as a recess visit's aspiration sheets
 * and attendance lists: rendered from a template shipped with Suara, neither numbered nor stored nor verifiable (they
 * are not issued documents; what is written on them is entered afterwards).
 */
@Service
public class BlankForms {

    /** The shipped form templates: {@code templates/documents/form-*.html}. */
    private static final Pattern FORM_TEMPLATE = Pattern.compile("documents/form-[a-z-]+");

    private final PdfRenderer renderer;
    private final Letterheads letterheads;

    BlankForms(PdfRenderer renderer, Letterheads letterheads) {
        this.renderer = renderer;
        this.letterheads = letterheads;
    }

    /**
     * The PDF of a shipped form template, in Indonesian, with the variables every form has besides {@code content}:
     * {@code institution}, {@code letterhead}, {@code emblem} (a data URI or null) and {@code zone}.
     *
     * @param template e.g. {@code documents/form-recess-aspirations}
     */
    public byte[] render(Institution institution, String template, Map<String, Object> content) {
        if (!FORM_TEMPLATE.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a form template: " + template);
        }
        var variables = new LinkedHashMap<>(content);
        variables.put("institution", institution);
        variables.put("letterhead", letterheads.of(institution));
        variables.put(
                "emblem",
                letterheads
                        .emblem(institution.id())
                        .map(Letterheads.Emblem::dataUri)
                        .orElse(null));
        variables.put("zone", institution.zone());
        return renderer.renderShipped(template, variables);
    }
}
