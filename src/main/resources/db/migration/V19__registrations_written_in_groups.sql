-- Registrations are written in groups (ADR 0022): a submission and its case are inserted with their registration number,
-- formatted in Java, so nothing copies the number into the case afterwards and the database no longer formats it.
drop trigger case_file_takes_registration_number on submission;
drop function case_file_takes_registration_number();
drop function format_registration_number(text, bigint);
