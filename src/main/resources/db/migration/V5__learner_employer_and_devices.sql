-- A learner's employer (the organisation of the cohort they first came into), so that an
-- employer's list matches people by organisation plus employee number; and when a learner last
-- signed a device in, so that code slips go to those who have none yet.
ALTER TABLE learner ADD COLUMN organisation_id BIGINT;
ALTER TABLE learner ADD COLUMN signed_in_at TIMESTAMP;
ALTER TABLE learner ADD CONSTRAINT learner_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id);
