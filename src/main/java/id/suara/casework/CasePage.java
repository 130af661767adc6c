package id.suara.casework;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a stably ordered list. Lists of cases count their matches only up to a limit (ADR 0045; a full-text
 * search to a smaller one, ADR 0052): when {@code totalExact} is false there are more than {@code totalItems} matches,
 * and pages go on past {@link #totalPages()}.
 */
public record CasePage<T>(List<T> items, int page, int size, long totalItems, boolean totalExact) {

    public CasePage(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return new CappedCount(totalItems, totalExact).hasNext(page, size, items.size());
    }

    public <R> CasePage<R> map(Function<T, R> mapper) {
        return new CasePage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalExact);
    }
}
