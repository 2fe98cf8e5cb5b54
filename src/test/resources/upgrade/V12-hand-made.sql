-- Rows and values the demo data leaves out, added to the demo database before the V12 fixture is
-- dumped from it (UpgradeFixture's second argument), so that every column of V12 holds something
-- an upgrade could lose: a case analysis uploaded as a PDF (the one BLOB), a used one-time link,
-- a staff e-mail address, a learner's phone, progress and a workshop marked by hand, attendance
-- marked by a trainer, a renewal sent. Invented people and values only. Derby SQL.

INSERT INTO practice_entry (learner_id, kind, occurred_on, logged_at, case_pdf)
  SELECT MIN(learner_id), 'CASE_ANALYSIS', DATE('2026-11-20'), TIMESTAMP('2026-11-20 14:05:00.123456'),
         CAST(X'255044462d312e370a25e2e3cfd30a312030206f626a203c3c3e3e20656e646f626a0a2525454f460a' AS BLOB)
  FROM practice_entry;

INSERT INTO account_link (token_hash, purpose, account_id, created_at, expires_at, used_at)
  SELECT '0000000000000000000000000000000000000000000000000000000000000001', 'INVITE', MIN(id),
         TIMESTAMP('2026-11-02 09:00:00'), TIMESTAMP('2026-11-05 09:00:00'), TIMESTAMP('2026-11-02 09:41:17.5')
  FROM staff_account;

UPDATE staff_account SET email = 'mai.nguyen@example.org' WHERE username = 'trainer2';

UPDATE learner SET phone = '+45 20 00 00 01' WHERE id = (SELECT MIN(id) FROM learner);

UPDATE module_progress SET by_hand_reason = 'Tog modulet på papir på værkstedet',
       by_hand_account = (SELECT id FROM staff_account WHERE username = 'trainer')
  WHERE id = (SELECT MIN(id) FROM module_progress);

UPDATE enrolment SET workshop_done_at = TIMESTAMP('2026-11-21 15:30:00'),
       workshop_done_reason = 'Deltog i værkstedet på et andet hold',
       workshop_done_by = (SELECT id FROM staff_account WHERE username = 'trainer')
  WHERE id = (SELECT MIN(id) FROM enrolment);

UPDATE attendance SET marked_by = (SELECT id FROM staff_account WHERE username = 'trainer')
  WHERE id = (SELECT MIN(id) FROM attendance);

UPDATE candidacy SET renewal_submitted_at = TIMESTAMP('2026-11-25 08:15:00')
  WHERE status = 'APPROVED' AND id = (SELECT MIN(id) FROM candidacy WHERE status = 'APPROVED');
