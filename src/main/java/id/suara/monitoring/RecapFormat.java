package id.suara.monitoring;

import id.suara.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The files a recap is downloaded as. */
public enum RecapFormat {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=UTF-8");

    private final String mediaType;

    RecapFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format written as its extension; refused naming {@code format} otherwise. */
    public static RecapFormat parse(String text) {
        var value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension().equals(value))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.invalid("format", "must be pdf, xlsx or csv"));
    }
}
