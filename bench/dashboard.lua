-- wrk: prints the latency percentiles bench/dashboards reads (wrk's own --latency has no 95th).
done = function(summary, latency, requests)
    for _, p in pairs({50, 95, 99}) do
        io.write(string.format("p%d %.2f\n", p, latency:percentile(p) / 1000))
    end
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("non2xx %d\n", summary.errors.status + summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout))
end
