-- Rows and values the demo data leaves out, added to the demo database before the V12 fixture is
-- dumped from it (UpgradeFixture's second argument), so that every table and column of V12 holds
-- something an upgrade could lose: what signing in leaves (a session, failed guesses, the audit
-- log, one-time links), a case analysis uploaded as a PDF (the one BLOB), a staff e-mail address,
-- a learner's phone, progress and a workshop marked by hand, attendance marked by a trainer, a
-- renewal sent. Invented people and values only; token hashes are made up. Derby SQL.

INSERT INTO sign_in_session (token_hash, subject_kind, subject_id, created_at, last_seen_at, idle_minutes, expires_at)
  SELECT '2500ab3a58d6d2364fb86f26541c8da0fff2eea240d6f66bacb09d5deff1358d', 'STAFF', id,
         TIMESTAMP('2026-11-30 08:00:00.692349'), TIMESTAMP('2026-11-30 08:20:00'), 120, TIMESTAMP('2026-11-30 20:00:00')
  FROM staff_account WHERE username = 'admin';

INSERT INTO failed_attempt (scope, attempted_at) VALUES ('sign-in:address:127.0.0.1', TIMESTAMP('2026-11-30 07:59:19.939556'));
INSERT INTO failed_attempt (scope, attempted_at)
  VALUES ('sign-in:account:79a203b7c9b4cc679e031759eca0ff7c3133b51c4e5dbe10ef16b8b603369557', TIMESTAMP('2026-11-30 07:59:19.939556'));

INSERT INTO audit_entry (occurred_at, actor_kind, actor_id, action, target_kind, target_id, client_address)
  SELECT TIMESTAMP('2026-11-30 08:00:00.656901'), 'STAFF', id, 'session.sign-in', 'staff', TRIM(CAST(id AS CHAR(20))), '127.0.0.1'
  FROM staff_account WHERE username = 'admin';
INSERT INTO audit_entry (occurred_at, actor_kind, actor_id, action, target_kind, target_id, detail, client_address)
  SELECT TIMESTAMP('2026-11-30 08:01:23.550871'), 'STAFF', a.id, 'staff.password-link', 'staff', TRIM(CAST(c.id AS CHAR(20))), 'purpose=reset', '127.0.0.1'
  FROM staff_account a, staff_account c WHERE a.username = 'admin' AND c.username = 'coordinator';

INSERT INTO account_link (token_hash, purpose, account_id, created_at, expires_at)
  SELECT '8d4579c2346caa59f12f628200733e6e01342d5a581ea7d21b4445cdfc5c5a9f', 'RESET', id,
         TIMESTAMP('2026-11-30 08:01:23.556799'), TIMESTAMP('2026-12-03 08:01:23.556799')
  FROM staff_account WHERE username = 'coordinator';

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
