package campus.interchange.internal;

import campus.interchange.KnownIds;

/** The keys of every file of one folder that is being read: the ids others refer to and the one-row-per rules. */
record FolderKeys(Keys participants, Keys partners, Keys activities, Keys enrolments, Keys satisfaction,
                  Keys knowledgeTests, Keys followUps, Keys credentials, Keys incomeGroups) {

    static FolderKeys of(KnownIds known) {
        return new FolderKeys(
                Keys.ids(InterchangeFile.PARTICIPANTS, known.participants()),
                Keys.ids(InterchangeFile.PARTNERS, known.partners()),
                Keys.ids(InterchangeFile.ACTIVITIES, known.activities()),
                Keys.ids(InterchangeFile.ENROLMENTS, known.enrolments()),
                Keys.onePer(InterchangeFile.SATISFACTION, "enrolment"),
                Keys.onePer(InterchangeFile.KNOWLEDGE_TESTS, "enrolment"),
                Keys.onePer(InterchangeFile.FOLLOW_UPS, "enrolment"),
                Keys.ids(InterchangeFile.CREDENTIALS, known.credentials()),
                Keys.onePer(InterchangeFile.INCOME_GROUPS, "country"));
    }

    /** The keys of a file's first column; credential views have none, as a viewer may look many times. */
    Keys of(InterchangeFile file) {
        return switch (file) {
            case PARTICIPANTS -> participants;
            case PARTNERS -> partners;
            case ACTIVITIES -> activities;
            case ENROLMENTS -> enrolments;
            case SATISFACTION -> satisfaction;
            case KNOWLEDGE_TESTS -> knowledgeTests;
            case FOLLOW_UPS -> followUps;
            case CREDENTIALS -> credentials;
            case INCOME_GROUPS -> incomeGroups;
            case CREDENTIAL_VIEWS -> null;
        };
    }
}
