package campus.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.partners.PartnerKind;
import campus.partners.PartnerView;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A partner's administrators read their partner's results in its space (page, each chart's CSV, the whole
 * report in JSON) and nobody else's; learners are refused; the Centre's staff pick any partner on their
 * dashboard. Platform partners reach the read model under their reporting id.
 */
@CampusTest
class PartnerResultsWebTest {

    @Autowired Fixtures fixtures;
    @Autowired PartnerService partners;
    @Autowired AccountsApi accounts;
    @Autowired ReportingApi reporting;
    @Autowired MockMvc mvc;

    @Test
    void partnerAdministratorsSeeTheirOwnResultsOnly() throws Exception {
        PartnerView mine = partner("Dockers' Federation", "PA");
        PartnerView other = partner("Farmers' Association", "BR");
        CampusUser admin = administrator(mine);
        administrator(other);
        // the partners reach the read model from their PartnerChanged events
        await().atMost(Duration.ofSeconds(10)).until(() -> reporting.data().partners().containsAll(List.of(
                new ResultsData.Partner(mine.reportingId(), "Dockers' Federation", "PA"),
                new ResultsData.Partner(other.reportingId(), "Farmers' Association", "BR"))));
        reporting.record(history(mine, other));

        String page = mvc.perform(get("/p/" + mine.slug() + "/admin/results").param("year", "2019").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dockers&#39; Federation: outreach and results 2019")
                .contains("/p/" + mine.slug() + "/theme.css")
                .contains("href=\"/p/" + mine.slug() + "/admin/results/enrolments.csv?year=2019\"")
                .contains("href=\"/p/" + mine.slug() + "/admin/results/2019.json\"")
                .doesNotContain("/staff/reports/");
        mvc.perform(get("/p/" + mine.slug() + "/admin/results/2019.json").with(user(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2019))
                .andExpect(jsonPath("$.enrolments.total").value(2))
                .andExpect(jsonPath("$.partners.enrolments").value(2))
                .andExpect(jsonPath("$.learners.total").value(1));
        String csv = mvc.perform(get("/p/" + mine.slug() + "/admin/results/enrolments.csv").param("year", "2019").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // two face-to-face enrolments of the partner in 2019; the other partner's online one is not there
        assertThat(csv).contains("\n2019,2,0,0,0");

        mvc.perform(get("/p/" + other.slug() + "/admin/results").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/p/" + other.slug() + "/admin/results/2019.json").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/p/" + other.slug() + "/admin/results/enrolments.csv").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/dashboard").with(user(admin))).andExpect(status().isForbidden());
        CampusUser learner = signedIn(fixtures.person(), Set.of(Role.LEARNER));
        mvc.perform(get("/p/" + mine.slug() + "/admin/results").with(user(learner))).andExpect(status().isForbidden());
        mvc.perform(get("/p/" + mine.slug() + "/admin/results/2019.json").with(user(learner))).andExpect(status().isForbidden());
    }

    @Test
    void staffChooseAPartnerOnTheirDashboard() throws Exception {
        PartnerView mine = partner("Seafarers' Union", "PH");
        PartnerView other = partner("Employers of the Coast", null);
        reporting.record(history(mine, other));
        CampusUser staff = signedIn(fixtures.person(Role.STAFF), Set.of(Role.STAFF));

        String page = mvc.perform(get("/staff/dashboard").param("year", "2019").param("partner", mine.slug()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Centre-wide (all)").contains("Employers of the Coast")
                .contains("<option value=\"" + mine.slug() + "\" selected=\"selected\">")
                .contains("/staff/dashboard/enrolments.csv?year=2019&amp;partner=" + mine.slug());
        mvc.perform(get("/staff/dashboard/nothing.csv").param("year", "2019").with(user(staff))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/staff/dashboard/enrolments.csv").param("year", "2019").param("partner", other.slug())
                .with(user(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\n2019,0,1,0,0");
        // staff see any space's results; an unknown space is not found
        mvc.perform(get("/p/" + other.slug() + "/admin/results").param("year", "2019").with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/p/no-such-space-here/admin/results").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/dashboard").param("partner", "no-such-space-here").with(user(staff))).andExpect(status().isNotFound());
    }

    /** The first partner: two face-to-face enrolments of one learner in 2019; the second: one online-tutored. */
    private static ResultsData history(PartnerView first, PartnerView second) {
        String p = "PRW-" + first.slug() + "-";
        LocalDate start = LocalDate.of(2019, 6, 3);
        return new ResultsData(
                List.of(new ResultsData.Participant(p + "L1", "female", 1980, "PA", "workers", null, null, null, null),
                        new ResultsData.Participant(p + "L2", "male", 1990, "BR", "employers", null, null, null, null)),
                List.of(),
                List.of(new ResultsData.Activity(p + "F1", "Ports", Modality.FACE_TO_FACE, start, null, "en", first.reportingId()),
                        new ResultsData.Activity(p + "F2", "Ports II", Modality.FACE_TO_FACE, start.plusMonths(2), null, "en", first.reportingId()),
                        new ResultsData.Activity(p + "O1", "Farms", Modality.ONLINE_TUTORED, start, null, "en", second.reportingId())),
                List.of(new ResultsData.Enrolment(p + "E1", p + "L1", p + "F1", start.minusDays(20), "completed", start.plusDays(5)),
                        new ResultsData.Enrolment(p + "E2", p + "L1", p + "F2", start.minusDays(10), "enrolled", null),
                        new ResultsData.Enrolment(p + "E3", p + "L2", p + "O1", start.minusDays(10), "enrolled", null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private PartnerView partner(String name, String country) {
        String slug = Fixtures.unique("res").toLowerCase();
        long id = partners.create(new PartnerDetails(slug, name, PartnerKind.TRADE_UNION, country, null));
        return partners.find(id).orElseThrow();
    }

    private CampusUser administrator(PartnerView partner) {
        long person = fixtures.person();
        partners.addAdministrator(partner.id(), accounts.find(person).orElseThrow().email());
        return signedIn(person, Set.of(Role.LEARNER, Role.PARTNER_ADMIN));
    }

    private CampusUser signedIn(long personId, Set<Role> roles) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), "en", roles, true, false);
    }
}
