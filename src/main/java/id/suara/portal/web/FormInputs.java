package id.suara.portal.web;

import java.util.Map;

/**
 * What the browser should know about the submission form's inputs so phones offer the right keyboard and autofill: the
 * {@code autocomplete} token, the {@code inputmode}, and the pattern the server enforces (the NIK's 16 digits). Used by
 * {@code portal/fields.html} as {@code inputs}.
 */
final class FormInputs {

    static final FormInputs INSTANCE = new FormInputs();

    private static final Map<String, String> AUTOCOMPLETE = Map.of(
            "name", "name",
            "organisation", "organization",
            "address", "street-address",
            "phone", "tel",
            "email", "email",
            // A NIK is personal: the browser should neither remember nor offer it on a shared computer.
            "identityNumber", "off");

    private static final Map<String, String> INPUTMODE =
            Map.of("identityNumber", "numeric", "phone", "tel", "email", "email", "delegationSize", "numeric");

    private static final Map<String, String> PATTERN = Map.of("identityNumber", "[0-9]{16}");

    private static final Map<String, Integer> MAXLENGTH = Map.of("identityNumber", 16, "title", 200);

    private FormInputs() {}

    public String autocomplete(String name) {
        return AUTOCOMPLETE.get(name);
    }

    public String inputmode(String name) {
        return INPUTMODE.get(name);
    }

    public String pattern(String name) {
        return PATTERN.get(name);
    }

    public Integer maxlength(String name) {
        return MAXLENGTH.get(name);
    }
}
