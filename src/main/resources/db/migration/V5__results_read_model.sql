-- The reporting module's own read model: everything the results report is computed from, in the
-- terms of the interchange format (country may be missing only for the platform's own staff). Filled by import (external ids as keys, so importing twice
-- changes nothing) and kept current from the platform's own enrolments (ids "campus:<id>").
CREATE TABLE results_participant (
    id             VARCHAR(100) PRIMARY KEY,
    gender         VARCHAR(12)  NOT NULL,
    birth_year     INTEGER,
    country        VARCHAR(2),
    constituent    VARCHAR(12)  NOT NULL,
    position_level VARCHAR(12),
    given_name     VARCHAR(100),
    family_name    VARCHAR(100),
    email          VARCHAR(254)
);

CREATE TABLE results_partner (
    id      VARCHAR(100) PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    country VARCHAR(2)
);

CREATE TABLE results_activity (
    id         VARCHAR(100) PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    modality   VARCHAR(20)  NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE,
    language   VARCHAR(2),
    partner_id VARCHAR(100)
);

CREATE TABLE results_enrolment (
    id             VARCHAR(100) PRIMARY KEY,
    participant_id VARCHAR(100) NOT NULL,
    activity_id    VARCHAR(100) NOT NULL,
    enrolled_on    DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    completed_on   DATE
);
CREATE INDEX results_enrolment_activity ON results_enrolment (activity_id);

CREATE TABLE results_satisfaction (
    enrolment_id VARCHAR(100) PRIMARY KEY,
    submitted_on DATE,
    overall      INTEGER NOT NULL
);

CREATE TABLE results_knowledge_test (
    enrolment_id VARCHAR(100) PRIMARY KEY,
    pre_score    DOUBLE PRECISION NOT NULL,
    post_score   DOUBLE PRECISION NOT NULL
);

CREATE TABLE results_followup (
    enrolment_id  VARCHAR(100) PRIMARY KEY,
    responded_on  DATE    NOT NULL,
    can_apply     BOOLEAN NOT NULL,
    example_given BOOLEAN NOT NULL
);

CREATE TABLE results_credential (
    id           VARCHAR(100) PRIMARY KEY,
    enrolment_id VARCHAR(100) NOT NULL,
    issued_on    DATE         NOT NULL
);

CREATE TABLE results_credential_view (
    credential_id VARCHAR(100) NOT NULL,
    viewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    viewer_id     VARCHAR(200) NOT NULL,
    PRIMARY KEY (credential_id, viewed_at, viewer_id)
);

CREATE TABLE results_income_group (
    country      VARCHAR(2) PRIMARY KEY,
    income_group VARCHAR(12) NOT NULL
);
