package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.CREDENTIAL;
import static org.campus.db.Tables.CREDENTIAL_VIEW;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.EnrolmentApi;
import campus.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The issuer dashboard's figures for a year no other test touches (2019), on a fixture counted by hand:
 * credentials issued, views and distinct viewers per month (UTC), and the year's totals.
 */
@CampusTest
class IssuerDashboardTest {

    static final int YEAR = 2019;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired EnrolmentApi enrolments;
    @Autowired CredentialFixtures credentials;
    @Autowired DSLContext db;

    @Test
    void figuresPerMonthAndForTheYear() throws Exception {
        long activity = credentials.activity();
        // issued: January 2 (one at 00:30 UTC on 1 January, one on 31 January 23:59 UTC), March 1;
        // one on 31 December 2018 23:59 UTC and one on 1 January 2020 00:00 UTC belong to other years
        String a = credential(activity, "2019-01-01T00:30:00Z");
        String b = credential(activity, "2019-01-31T23:59:00Z");
        String c = credential(activity, "2019-03-15T12:00:00Z");
        String before = credential(activity, "2018-12-31T23:59:00Z");
        String after = credential(activity, "2020-01-01T00:00:00Z");
        // views: January: v1 ×3 (a, a, b), v2 ×1 (a) → 4 views, 2 viewers;
        //        March: v1 ×1 (c), v3 ×2 (c) → 3 views, 2 viewers;
        //        December: v4 ×1 (b) at 23:59:59 UTC → 1 view, 1 viewer; outside the year: v5 (before, after)
        view(a, "v1", "2019-01-05T10:00:00Z");
        view(a, "v1", "2019-01-06T10:00:00Z");
        view(b, "v1", "2019-01-31T23:00:00Z");
        view(a, "v2", "2019-01-20T08:00:00Z");
        view(c, "v1", "2019-03-16T09:00:00Z");
        view(c, "v3", "2019-03-16T09:30:00Z");
        view(c, "v3", "2019-03-17T09:30:00Z");
        view(b, "v4", "2019-12-31T23:59:59Z");
        view(before, "v5", "2018-12-31T23:59:59Z");
        view(after, "v5", "2020-01-01T00:00:00Z");
        // the year: 3 issued, 8 views, 4 distinct viewers (v1, v2, v3, v4) — not 2 + 2 + 1 = 5

        Document page = Jsoup.parse(mvc.perform(get("/staff/credentials?year=" + YEAR + "&lang=en")
                .with(user(credentials.newUser(Role.STAFF)))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".headline dd").eachText()).containsExactly("3", "8", "4");
        assertThat(page.select("table.figures tbody tr").eachText()).containsExactly(
                "January 2 4 2", "February 0 0 0", "March 1 3 2", "April 0 0 0", "May 0 0 0", "June 0 0 0", "July 0 0 0",
                "August 0 0 0", "September 0 0 0", "October 0 0 0", "November 0 0 0", "December 0 1 1");
        assertThat(page.select("table.figures tfoot tr").text()).isEqualTo("Year 3 8 4");
        assertThat(page.select("#year option[selected]").text()).isEqualTo("2019");
        assertThat(page.select("#year option").eachText()).contains("2018", "2019", "2020");

        var csv = mvc.perform(get("/staff/credentials.csv?year=" + YEAR).with(user(credentials.newUser(Role.STAFF))))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"credentials-2019.csv\"");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "year,month,credentials_issued,views,distinct_viewers",
                "2019,1,2,4,2", "2019,2,0,0,0", "2019,3,1,3,2", "2019,4,0,0,0", "2019,5,0,0,0", "2019,6,0,0,0",
                "2019,7,0,0,0", "2019,8,0,0,0", "2019,9,0,0,0", "2019,10,0,0,0", "2019,11,0,0,0", "2019,12,0,1,1",
                "2019,total,3,8,4");
    }

    /** A credential row issued at the given time (the dashboard reads only the credentials module's tables). */
    private String credential(long activity, String issuedAt) {
        long person = fixtures.person();
        long enrolment = enrolments.apply(activity, person).id();
        String id = UUID.randomUUID().toString();
        long index = db.nextval(org.campus.db.Sequences.CREDENTIAL_STATUS_INDEX).longValue();
        db.insertInto(CREDENTIAL).set(CREDENTIAL.ID, id).set(CREDENTIAL.ENROLMENT_ID, enrolment).set(CREDENTIAL.PERSON_ID, person)
                .set(CREDENTIAL.ACTIVITY_ID, activity).set(CREDENTIAL.KIND, "achievement").set(CREDENTIAL.LANGUAGE, "en")
                .set(CREDENTIAL.TITLE, "Fixture").set(CREDENTIAL.ISSUED_AT, OffsetDateTime.parse(issuedAt))
                .set(CREDENTIAL.DOCUMENT, "{}").set(CREDENTIAL.LOG_INDEX, -1L).set(CREDENTIAL.STATUS_INDEX, index).execute();
        return id;
    }

    private void view(String credential, String viewer, String at) {
        db.insertInto(CREDENTIAL_VIEW).set(CREDENTIAL_VIEW.CREDENTIAL_ID, credential)
                .set(CREDENTIAL_VIEW.VIEWED_AT, OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.ofHours(2)))
                .set(CREDENTIAL_VIEW.VIEWER, (viewer + "0".repeat(64)).substring(0, 64)).execute();
    }
}
