-- Working calendar: holidays and collective leave days (national or per institution), and each institution's office hours.
-- A working day is Monday to Friday except national holidays and collective leave days (cuti bersama); these change every
-- year, so they are data. See resources/calendar/README.md.

create table holiday (
    id             uuid primary key,
    -- null: a national day that applies to every institution
    institution_id uuid references institution (id),
    date           date         not null,
    type           varchar(30)  not null
        check (type in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE', 'REGIONAL_HOLIDAY', 'WORKING_DAY')),
    name_id        varchar(200) not null,
    name_en        varchar(200) not null,
    -- where the day comes from, e.g. the joint ministerial decree (SKB) that declares it
    source         varchar(300) not null,
    created_at     timestamptz  not null default now(),
    unique nulls not distinct (institution_id, date),
    -- a working day overrides a national day off for one institution; a regional holiday belongs to one institution
    check (institution_id is not null or type in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE'))
);

create index holiday_by_date on holiday (date);

-- Office hours per ISO day of week (1 = Monday ... 7 = Sunday); a day without a row is closed.
-- An institution without any row works the standard hours, Monday to Friday 08:00-16:00.
create table office_hours (
    institution_id uuid     not null references institution (id),
    day_of_week    smallint not null check (day_of_week between 1 and 7),
    opens          time     not null,
    closes         time     not null,
    primary key (institution_id, day_of_week),
    check (opens < closes)
);

-- National holidays and collective leave days for 2025 and 2026 from the joint ministerial decrees (SKB), and the 2027 days
-- that are certain without the 2027 SKB (fixed dates, and the Christian feasts dated by the Easter computus).
-- Generated from resources/calendar/holidays-id.csv; keep the two identical.
insert into holiday (id, date, type, name_id, name_en, source)
select gen_random_uuid(), d.date::date, d.type, d.name_id, d.name_en, d.source
from (values
    ('2025-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2025 Masehi', 'New Year''s Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-01-27', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW', 'Isra Mi''raj (Ascension of the Prophet)', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-01-28', 'COLLECTIVE_LEAVE', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili', 'Collective leave: Chinese New Year', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-01-29', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-03-28', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Collective leave: Nyepi', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-03-29', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Nyepi (Day of Silence)', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-03-31', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Fitri 1446 Hijriah', 'Eid al-Fitr (day 1)', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-01', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Fitri 1446 Hijriah', 'Eid al-Fitr (day 2)', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-02', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1446 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-03', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1446 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-04', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1446 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-07', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1446 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-18', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'Good Friday', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-04-20', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'International Labour Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-05-12', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2569 BE', 'Vesak Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-05-13', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Waisak 2569 BE', 'Collective leave: Vesak', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-05-29', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'Ascension Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-05-30', 'COLLECTIVE_LEAVE', 'Cuti Bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'Pancasila Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-06-06', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Adha 1446 Hijriah', 'Eid al-Adha', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-06-09', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Adha 1446 Hijriah', 'Collective leave: Eid al-Adha', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-06-27', 'NATIONAL_HOLIDAY', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'Islamic New Year', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-08-18', 'COLLECTIVE_LEAVE', 'Cuti Bersama HUT ke-80 Kemerdekaan Republik Indonesia', 'Collective leave: 80th Independence Day', 'SKB Menag-Menaker-MenPANRB No. 933 Tahun 2025 / No. 1 Tahun 2025 / No. 3 Tahun 2025 (perubahan atas SKB 1017/2024)'),
    ('2025-09-05', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW', 'Prophet Muhammad''s Birthday', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus (Natal)', 'Christmas Day', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2025-12-26', 'COLLECTIVE_LEAVE', 'Cuti Bersama Kelahiran Yesus Kristus (Natal)', 'Collective leave: Christmas', 'SKB Menag-Menaker-MenPANRB No. 1017 Tahun 2024 / No. 2 Tahun 2024 / No. 2 Tahun 2024'),
    ('2026-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2026 Masehi', 'New Year''s Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-01-16', 'NATIONAL_HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW', 'Isra Mi''raj (Ascension of the Prophet)', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-02-16', 'COLLECTIVE_LEAVE', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', 'Collective leave: Chinese New Year', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-02-17', 'NATIONAL_HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-18', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Collective leave: Nyepi', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-19', 'NATIONAL_HOLIDAY', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Nyepi (Day of Silence)', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-20', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1447 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-21', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Fitri 1447 Hijriah', 'Eid al-Fitr (day 1)', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-22', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Fitri 1447 Hijriah', 'Eid al-Fitr (day 2)', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-23', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1447 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-03-24', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Fitri 1447 Hijriah', 'Collective leave: Eid al-Fitr', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-04-03', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'Good Friday', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-04-05', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'International Labour Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-14', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'Ascension Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-15', 'COLLECTIVE_LEAVE', 'Cuti Bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-27', 'NATIONAL_HOLIDAY', 'Hari Raya Idul Adha 1447 Hijriah', 'Eid al-Adha', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-28', 'COLLECTIVE_LEAVE', 'Cuti Bersama Hari Raya Idul Adha 1447 Hijriah', 'Collective leave: Eid al-Adha', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-05-31', 'NATIONAL_HOLIDAY', 'Hari Raya Waisak 2570 BE', 'Vesak Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'Pancasila Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-06-16', 'NATIONAL_HOLIDAY', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'Islamic New Year', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-08-25', 'NATIONAL_HOLIDAY', 'Maulid Nabi Muhammad SAW', 'Prophet Muhammad''s Birthday', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-12-24', 'COLLECTIVE_LEAVE', 'Cuti Bersama Kelahiran Yesus Kristus (Natal)', 'Collective leave: Christmas', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2026-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus (Natal)', 'Christmas Day', 'SKB Menag-Menaker-MenPANRB No. 1497 Tahun 2025 / No. 2 Tahun 2025 / No. 5 Tahun 2025'),
    ('2027-01-01', 'NATIONAL_HOLIDAY', 'Tahun Baru 2027 Masehi', 'New Year''s Day', 'Fixed date by law; 2027 SKB not yet included'),
    ('2027-03-26', 'NATIONAL_HOLIDAY', 'Wafat Yesus Kristus', 'Good Friday', 'Date by the Gregorian Easter computus; 2027 SKB not yet included'),
    ('2027-03-28', 'NATIONAL_HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', 'Date by the Gregorian Easter computus; 2027 SKB not yet included'),
    ('2027-05-01', 'NATIONAL_HOLIDAY', 'Hari Buruh Internasional', 'International Labour Day', 'Fixed date by law; 2027 SKB not yet included'),
    ('2027-05-06', 'NATIONAL_HOLIDAY', 'Kenaikan Yesus Kristus', 'Ascension Day', 'Date by the Gregorian Easter computus; 2027 SKB not yet included'),
    ('2027-06-01', 'NATIONAL_HOLIDAY', 'Hari Lahir Pancasila', 'Pancasila Day', 'Fixed date by law; 2027 SKB not yet included'),
    ('2027-08-17', 'NATIONAL_HOLIDAY', 'Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day', 'Fixed date by law; 2027 SKB not yet included'),
    ('2027-12-25', 'NATIONAL_HOLIDAY', 'Kelahiran Yesus Kristus (Natal)', 'Christmas Day', 'Fixed date by law; 2027 SKB not yet included')
) as d (date, type, name_id, name_en, source);
