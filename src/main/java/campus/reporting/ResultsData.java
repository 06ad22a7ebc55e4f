package campus.reporting;

import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the results report is computed from, in the terms of the interchange format
 * (../shared/docs/interchange.md): ids are the external, case-sensitive ids; enumerations are the
 * format's lower-case codes. The platform's own records and imported history both arrive in this shape.
 */
public record ResultsData(List<Participant> participants, List<Partner> partners, List<Activity> activities,
                          List<Enrolment> enrolments, List<Satisfaction> satisfaction, List<KnowledgeTest> knowledgeTests,
                          List<FollowUp> followUps, List<Credential> credentials, List<CredentialView> credentialViews,
                          Map<String, String> incomeGroups) {

    /** A learner: gender is female/male/other/undisclosed; birthYear, positionLevel and names may be null. */
    public record Participant(String id, String gender, Integer birthYear, String country, String constituent,
                              String positionLevel, String givenName, String familyName, String email) {
    }

    /** An institutional partner. */
    public record Partner(String id, String name, String country) {
    }

    /** A learning activity; endDate, language and partnerId may be null. */
    public record Activity(String id, String title, Modality modality, LocalDate startDate, LocalDate endDate,
                           String language, String partnerId) {
    }

    /** Status is enrolled, completed or withdrawn; completedOn may be null. */
    public record Enrolment(String id, String participantId, String activityId, LocalDate enrolledOn, String status,
                            LocalDate completedOn) {
    }

    /** Overall satisfaction 1–5; submittedOn may be null. */
    public record Satisfaction(String enrolmentId, LocalDate submittedOn, int overall) {
    }

    /** Pre- and post-test scores, 0–100. */
    public record KnowledgeTest(String enrolmentId, double preScore, double postScore) {
    }

    /** A follow-up (knowledge application) response. */
    public record FollowUp(String enrolmentId, LocalDate respondedOn, boolean canApply, boolean exampleGiven) {
    }

    /** A credential issued for an enrolment. */
    public record Credential(String credentialId, String enrolmentId, LocalDate issuedOn) {
    }

    /** A view of a public credential page by a pseudonymous viewer; viewedAt in UTC. */
    public record CredentialView(String credentialId, Instant viewedAt, String viewerId) {
    }

    // One kind of record at a time: the platform's events and an import's checked files each carry one.

    public ResultsData withParticipants(List<Participant> records) {
        return new ResultsData(records, partners, activities, enrolments, satisfaction, knowledgeTests, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withPartners(List<Partner> records) {
        return new ResultsData(participants, records, activities, enrolments, satisfaction, knowledgeTests, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withActivities(List<Activity> records) {
        return new ResultsData(participants, partners, records, enrolments, satisfaction, knowledgeTests, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withEnrolments(List<Enrolment> records) {
        return new ResultsData(participants, partners, activities, records, satisfaction, knowledgeTests, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withSatisfaction(List<Satisfaction> records) {
        return new ResultsData(participants, partners, activities, enrolments, records, knowledgeTests, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withKnowledgeTests(List<KnowledgeTest> records) {
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, records, followUps,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withFollowUps(List<FollowUp> records) {
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledgeTests, records,
                credentials, credentialViews, incomeGroups);
    }

    public ResultsData withCredentials(List<Credential> records) {
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledgeTests, followUps,
                records, credentialViews, incomeGroups);
    }

    public ResultsData withCredentialViews(List<CredentialView> records) {
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledgeTests, followUps,
                credentials, records, incomeGroups);
    }

    public ResultsData withIncomeGroups(Map<String, String> table) {
        return new ResultsData(participants, partners, activities, enrolments, satisfaction, knowledgeTests, followUps,
                credentials, credentialViews, table);
    }

    /** How many records this holds, an income table's countries included. */
    public long records() {
        return (long) participants.size() + partners.size() + activities.size() + enrolments.size() + satisfaction.size()
                + knowledgeTests.size() + followUps.size() + credentials.size() + credentialViews.size() + incomeGroups.size();
    }

    /** Nothing at all: the report of an empty platform. */
    public static ResultsData empty() {
        return new ResultsData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of());
    }
}
