-- Full-text search in Indonesian (ADR 0016): a case's words are indexed with PostgreSQL's 'indonesian' configuration,
-- whose stemmer takes "memperbaiki" and "perbaikan" both to "baik", while its registration and tracking numbers stay
-- whole and unstemmed ('simple', weight A).
--
-- The text a case was indexed by is not stored anywhere else in the form it was indexed: for a confidential submission
-- it had the complainant's identity taken out before indexing. So the existing cases are re-indexed from the words of
-- their old index ('simple' keeps each word, lower-cased and unstemmed), never from the submission's text.
update case_file
set search = setweight(to_tsvector('simple', registration_number || ' ' || tracking_number), 'A')
             || to_tsvector('indonesian', array_to_string(tsvector_to_array(search), ' '));
