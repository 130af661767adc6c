package id.suara.shared;

import java.util.Locale;

/** A text in Bahasa Indonesia (first) and English, as stored in data such as SOP definitions. */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Indonesian text is required");
        }
        if (en == null || en.isBlank()) {
            en = id;
        }
    }

    public static LocalizedText of(String id, String en) {
        return new LocalizedText(id, en);
    }

    /** The text for a locale: English when asked for English, Indonesian otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : id;
    }
}
