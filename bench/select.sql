-- pgbench: one primary-key SELECT per transaction
\set id random(1, 10000)
select id, payload from bench_lookup where id = :id;
