package id.suara.recess;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The choices printed on a visit's sheets and listed in its workbook, with their Indonesian labels. They are part of the
 * sheet's layout, not of the pages: a filled workbook is read back by these labels (or the codes), whatever language
 * the pages are shown in.
 */
public final class SheetChoices {

    /** The urgencies of an aspiration (codes as {@link NewAspiration#urgency()}) and their labels. */
    public static final Map<String, String> URGENCIES =
            labels("BIASA", "Biasa", "SEGERA", "Segera", "SANGAT_SEGERA", "Sangat segera");

    /** The categories of an aspiration and their labels. */
    public static final Map<AspirationCategory, String> CATEGORIES;

    static {
        var categories = new LinkedHashMap<AspirationCategory, String>();
        categories.put(AspirationCategory.INFRASTRUCTURE, "Infrastruktur");
        categories.put(AspirationCategory.EDUCATION, "Pendidikan");
        categories.put(AspirationCategory.HEALTH, "Kesehatan");
        categories.put(AspirationCategory.ECONOMY, "Ekonomi");
        categories.put(AspirationCategory.SOCIAL, "Sosial");
        categories.put(AspirationCategory.ENVIRONMENT, "Lingkungan hidup");
        categories.put(AspirationCategory.GOVERNANCE, "Pemerintahan");
        categories.put(AspirationCategory.OTHER, "Lainnya");
        CATEGORIES = java.util.Collections.unmodifiableMap(categories);
    }

    private SheetChoices() {}

    /** The category written in a cell: its label or its code, in any case; empty if it is neither. */
    public static Optional<AspirationCategory> category(String written) {
        var key = normalised(written);
        return CATEGORIES.entrySet().stream()
                .filter(e -> normalised(e.getValue()).equals(key)
                        || normalised(e.getKey().name()).equals(key))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The urgency code written in a cell as its label or its code, in any case; empty if it is neither. */
    public static Optional<String> urgency(String written) {
        var key = normalised(written);
        return URGENCIES.entrySet().stream()
                .filter(e -> normalised(e.getValue()).equals(key)
                        || normalised(e.getKey()).equals(key))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Lower case, underscores as spaces and runs of blanks as one, for comparing what was typed. */
    static String normalised(String written) {
        return written == null
                ? ""
                : written.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> labels(String... codesAndLabels) {
        var labels = new LinkedHashMap<String, String>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
