-- Signed credentials: every award also carries an Open Badges 3.0 credential in Danish and in
-- English (signed in the award's transaction), with its own random index in the revocation
-- status list. The issuer's public keys are kept here too, so that they stay published whatever
-- happens to the key file; the status list is stored signed, re-signed on every change.

ALTER TABLE award ADD COLUMN credential_id VARCHAR(36);
ALTER TABLE award ADD COLUMN status_index INTEGER;
ALTER TABLE award ADD COLUMN credential_da VARCHAR(16000);
ALTER TABLE award ADD COLUMN credential_en VARCHAR(16000);
ALTER TABLE award ADD CONSTRAINT award_credential UNIQUE (credential_id);
ALTER TABLE award ADD CONSTRAINT award_status_index UNIQUE (status_index);

CREATE TABLE issuer_key (
    id VARCHAR(40) NOT NULL,
    public_key_multibase VARCHAR(80) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT issuer_key_pk PRIMARY KEY (id)
);

CREATE TABLE status_list (
    purpose VARCHAR(20) NOT NULL,
    credential VARCHAR(16000) NOT NULL,
    revoked INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT status_list_pk PRIMARY KEY (purpose)
);
