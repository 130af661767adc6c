-- The published answers of every institution, newest first (the portal's /jawaban without an institution): without it
-- every request sorted all published answers (~180 ms at 300,000 cases); with it the first page reads 20 index entries.
create index case_file_answered_all on case_file (answered_at desc, id) where public_answer is not null;
