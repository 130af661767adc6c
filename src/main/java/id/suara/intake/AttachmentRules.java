package id.suara.intake;

import java.util.List;

/**
 * The attachment limits intake enforces, for forms and documents to show as they are.
 *
 * @param maxFiles how many files one submission may carry
 * @param maxFileBytes the largest file accepted
 * @param maxTotalBytes the most all files of one submission may add up to
 * @param extensions the accepted file types as file name extensions, without the dot
 */
public record AttachmentRules(int maxFiles, long maxFileBytes, long maxTotalBytes, List<String> extensions) {

    /** The extensions as an HTML {@code accept} attribute: {@code .pdf,.jpg,...}. */
    public String accept() {
        return String.join(",", extensions.stream().map(e -> "." + e).toList());
    }

    /** The types for people: {@code PDF, JPG, ...}, one name for the two JPEG extensions. */
    public String typesForPeople() {
        return String.join(
                ", ",
                extensions.stream()
                        .filter(e -> !e.equals("jpeg"))
                        .map(e -> e.toUpperCase(java.util.Locale.ROOT))
                        .toList());
    }

    /** A size in whole megabytes (MiB) for people: 10485760 is 10. */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
