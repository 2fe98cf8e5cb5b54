-- Erasure (GDPR art. 17): a certificate the coordinator keeps valid after erasing its holder
-- stays verifiable by its code, with nothing left that ties it to the person: no name, no
-- learner, no completion. ${nullable} is how each database drops NOT NULL.
ALTER TABLE award ALTER COLUMN holder_name ${nullable};
ALTER TABLE award ALTER COLUMN learner_id ${nullable};
ALTER TABLE award ALTER COLUMN completion_id ${nullable};

-- Retention by default: the daily run is claimed by inserting its day, so with several
-- instances exactly one does it.
CREATE TABLE retention_run (
    scheduled_on DATE NOT NULL,
    started_at TIMESTAMP NOT NULL,
    CONSTRAINT retention_run_pk PRIMARY KEY (scheduled_on)
);
