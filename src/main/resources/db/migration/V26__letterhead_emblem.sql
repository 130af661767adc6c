-- The region's emblem (lambang daerah) at the left of the kop (GOVDOCS §1.1 item 1): a PNG or JPEG image the
-- administrator uploads, printed on every document issued afterwards.
alter table institution_letterhead add column emblem bytea;
alter table institution_letterhead add column emblem_type varchar(20) check (emblem_type in ('image/png', 'image/jpeg'));
alter table institution_letterhead add constraint emblem_with_type check ((emblem is null) = (emblem_type is null));
