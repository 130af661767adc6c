-- wrk: prints the percentiles and failures the benchmark scripts read (wrk's own --latency has no 95th). Joined after
-- a script that makes the requests (bench/lib.sh's bench_wrk), or used alone for plain GETs.
done = function(summary, latency, requests)
    for _, p in pairs({50, 95, 99}) do
        io.write(string.format("p%d %.2f\n", p, latency:percentile(p) / 1000))
    end
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("failed %d\n", summary.errors.status + summary.errors.connect + summary.errors.read
        + summary.errors.write + summary.errors.timeout))
end
