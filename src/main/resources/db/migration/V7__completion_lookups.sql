-- A learner's completions are read on every passed check; a cohort's by the trainer's matrix,
-- the follow-up list and the employer's view. Neither had an index, so both scanned the table.
CREATE INDEX completion_learner ON completion (learner_id);
CREATE INDEX completion_cohort ON completion (cohort_id);
