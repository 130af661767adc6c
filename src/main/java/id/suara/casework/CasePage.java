package id.suara.casework;

import java.util.List;
import java.util.function.Function;

/** One page of a stably ordered list. */
public record CasePage<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> CasePage<R> map(Function<T, R> mapper) {
        return new CasePage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
