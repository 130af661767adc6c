package id.suara.casework;

/**
 * How many matches a list has, counted only up to a limit (ADR 0045): counting every one of a common search's hundreds
 * of thousands of matches would cost more than finding the page. A page past the limit counts as far as itself.
 *
 * @param total the matches counted; when not {@code exact}, there are more
 */
record CappedCount(long total, boolean exact) {

    /** How many matches a list counts at most before it says "more than". */
    static final int LIMIT = 1000;

    /**
     * How many matches a full-text search counts at most before it says "more than" (ADR 0052): every match counted
     * costs reading and decompressing that case's search vector, so a common word's count costs five times less here.
     */
    static final int TEXT_LIMIT = 200;

    /** How far to count for this page: the limit, or the end of the page when that is further. */
    static long countTo(int limit, int page, int size) {
        return Math.max(limit, (long) (page + 1) * size);
    }

    /** The count of a statement that counted at most {@code countTo + 1} matches. */
    static CappedCount of(long counted, long countTo) {
        return counted <= countTo ? new CappedCount(counted, true) : new CappedCount(countTo, false);
    }

    /** Whether a page follows page {@code page} of {@code size} that holds {@code itemsOnPage} items. */
    boolean hasNext(int page, int size, int itemsOnPage) {
        return (long) (page + 1) * size < total || (!exact && itemsOnPage > 0);
    }
}
