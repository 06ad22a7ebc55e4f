-- One row per activity that credentials were issued for: issuing locks it, so the completion listener and a
-- bulk issue for the same activity never both issue a credential for one enrolment.
CREATE TABLE credential_issue_lock (
    activity_id BIGINT PRIMARY KEY
);
