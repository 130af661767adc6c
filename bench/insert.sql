-- pgbench: one durable single-row INSERT of about 1 KB per transaction
insert into bench_row (payload, created_at) values (repeat('x', 1000), clock_timestamp());
