-- Retries that end: after campus.mail.max-attempts failures a mail is marked failed and waits for an
-- administrator to send it again (/admin/outbox); the time of the last attempt shows the backoff at work.
ALTER TABLE mail_outbox ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
-- the outbox page lists failed mail on its own; they are few among many sent ones
CREATE INDEX mail_outbox_failed ON mail_outbox (failed_at);
