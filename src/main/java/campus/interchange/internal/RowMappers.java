package campus.interchange.internal;

import static campus.interchange.internal.ValueTypes.BIRTH_YEAR;
import static campus.interchange.internal.ValueTypes.CONSTITUENT;
import static campus.interchange.internal.ValueTypes.COUNTRY;
import static campus.interchange.internal.ValueTypes.DATE;
import static campus.interchange.internal.ValueTypes.DATE_TIME;
import static campus.interchange.internal.ValueTypes.GENDER;
import static campus.interchange.internal.ValueTypes.INCOME_GROUP;
import static campus.interchange.internal.ValueTypes.LANGUAGE;
import static campus.interchange.internal.ValueTypes.MODALITY;
import static campus.interchange.internal.ValueTypes.OVERALL;
import static campus.interchange.internal.ValueTypes.POSITION_LEVEL;
import static campus.interchange.internal.ValueTypes.SCORE;
import static campus.interchange.internal.ValueTypes.STATUS;
import static campus.interchange.internal.ValueTypes.TEXT;
import static campus.interchange.internal.ValueTypes.YES_NO;

import campus.reporting.ResultsData.Activity;
import campus.reporting.ResultsData.Credential;
import campus.reporting.ResultsData.CredentialView;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.FollowUp;
import campus.reporting.ResultsData.KnowledgeTest;
import campus.reporting.ResultsData.Participant;
import campus.reporting.ResultsData.Partner;
import campus.reporting.ResultsData.Satisfaction;
import campus.shared.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One row of each file into its record. Columns are read in the order the format lists them, so a row's
 * problems come in the order a person reads the row; a row with any problem gives null.
 */
final class RowMappers {

    private final FolderKeys keys;

    RowMappers(FolderKeys keys) {
        this.keys = keys;
    }

    Participant participant(Fields f) {
        String id = f.key("participant_id", keys.participants());
        // the format lets a learner leave gender blank: that is a choice not to say, not a missing value
        String gender = Objects.requireNonNullElse(f.optional("gender", GENDER), "undisclosed");
        Integer birthYear = f.optional("birth_year", BIRTH_YEAR);
        String country = f.required("country", COUNTRY);
        String constituent = f.required("constituent", CONSTITUENT);
        String positionLevel = f.optional("position_level", POSITION_LEVEL);
        String givenName = f.optional("given_name", TEXT);
        String familyName = f.optional("family_name", TEXT);
        String email = f.optional("email", TEXT);
        return f.failed() ? null : new Participant(id, gender, birthYear, country, constituent, positionLevel,
                givenName, familyName, email);
    }

    Partner partner(Fields f) {
        String id = f.key("partner_id", keys.partners());
        String name = f.required("name", TEXT);
        String country = f.optional("country", COUNTRY);
        return f.failed() ? null : new Partner(id, name, country);
    }

    Activity activity(Fields f) {
        String id = f.key("activity_id", keys.activities());
        String title = f.required("title", TEXT);
        Modality modality = f.required("modality", MODALITY);
        LocalDate startDate = f.required("start_date", DATE);
        LocalDate endDate = f.optional("end_date", DATE);
        String language = f.optional("language", LANGUAGE);
        String partnerId = f.optionalReference("partner_id", keys.partners());
        return f.failed() ? null : new Activity(id, title, modality, startDate, endDate, language, partnerId);
    }

    Enrolment enrolment(Fields f) {
        String id = f.key("enrolment_id", keys.enrolments());
        String participantId = f.reference("participant_id", keys.participants());
        String activityId = f.reference("activity_id", keys.activities());
        LocalDate enrolledOn = f.required("enrolled_on", DATE);
        String status = f.required("status", STATUS);
        LocalDate completedOn = f.optional("completed_on", DATE);
        return f.failed() ? null : new Enrolment(id, participantId, activityId, enrolledOn, status, completedOn);
    }

    Satisfaction satisfaction(Fields f) {
        String enrolmentId = enrolmentOnce(f, keys.satisfaction());
        LocalDate submittedOn = f.optional("submitted_on", DATE);
        Integer overall = f.required("overall", OVERALL);
        return f.failed() ? null : new Satisfaction(enrolmentId, submittedOn, overall);
    }

    KnowledgeTest knowledgeTest(Fields f) {
        String enrolmentId = enrolmentOnce(f, keys.knowledgeTests());
        Double preScore = f.required("pre_score", SCORE);
        Double postScore = f.required("post_score", SCORE);
        return f.failed() ? null : new KnowledgeTest(enrolmentId, preScore, postScore);
    }

    FollowUp followUp(Fields f) {
        String enrolmentId = enrolmentOnce(f, keys.followUps());
        LocalDate respondedOn = f.required("responded_on", DATE);
        Boolean canApply = f.required("can_apply", YES_NO);
        Boolean exampleGiven = f.required("example_given", YES_NO);
        return f.failed() ? null : new FollowUp(enrolmentId, respondedOn, canApply, exampleGiven);
    }

    Credential credential(Fields f) {
        String id = f.key("credential_id", keys.credentials());
        String enrolmentId = f.reference("enrolment_id", keys.enrolments());
        LocalDate issuedOn = f.required("issued_on", DATE);
        return f.failed() ? null : new Credential(id, enrolmentId, issuedOn);
    }

    CredentialView credentialView(Fields f) {
        String credentialId = f.reference("credential_id", keys.credentials());
        Instant viewedAt = f.required("viewed_at", DATE_TIME);
        String viewerId = f.required("viewer_id", TEXT);
        return f.failed() ? null : new CredentialView(credentialId, viewedAt, viewerId);
    }

    Map.Entry<String, String> incomeGroup(Fields f) {
        String country = f.required("country", COUNTRY);
        f.unique("country", country, keys.incomeGroups());
        String group = f.required("income_group", INCOME_GROUP);
        return f.failed() ? null : Map.entry(country, group);
    }

    private String enrolmentOnce(Fields f, Keys once) {
        String enrolmentId = f.reference("enrolment_id", keys.enrolments());
        f.unique("enrolment_id", enrolmentId, once);
        return enrolmentId;
    }
}
