-- A complainant's address and number are sealed where the outbox keeps them (ADR 0009, ADR 0035 addendum): the
-- recipient of a mail or gateway message and the gateway payload naming the number are stored encrypted, bound to
-- their row, and notice keys name the recipient's keyed fingerprint. Sealed values are longer than the plain ones.
alter table outgoing_mail alter column recipient type text;
alter table outgoing_webhook alter column recipient type text;
