package campus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.PageRequest;
import campus.shared.Role;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CampusTest
class CatalogueTest {

    @Autowired CatalogueApi catalogue;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    long activity(String code, Modality modality, TechnicalArea area, LocalDate start, Map<String, ActivityText> texts,
                  ActivityStatus status) {
        long id = catalogue.create(new ActivityDraft(code, modality, ActivityKind.TRAINING, area,
                texts.containsKey("en") ? "en" : texts.keySet().iterator().next(),
                start, modality == Modality.SELF_GUIDED ? null : start.plusDays(3),
                modality == Modality.FACE_TO_FACE ? "Turin" : null, 10, null, false, null, texts));
        catalogue.changeStatus(id, status);
        return id;
    }

    @Test
    void filtersByModalityLanguageAreaTextAndOpenness() {
        String tag = Fixtures.unique("zebra");
        LocalDate future = LocalDate.now().plusMonths(2);
        long open = activity(tag + "-1", Modality.ONLINE_TUTORED, TechnicalArea.GREEN_JOBS, future,
                Map.of("fr", new ActivityText("Emplois verts " + tag, "…")), ActivityStatus.PUBLISHED);
        long past = activity(tag + "-2", Modality.ONLINE_TUTORED, TechnicalArea.GREEN_JOBS, LocalDate.now().minusMonths(2),
                Map.of("en", new ActivityText("Green jobs " + tag, "…")), ActivityStatus.PUBLISHED);
        long draft = activity(tag + "-3", Modality.ONLINE_TUTORED, TechnicalArea.GREEN_JOBS, future,
                Map.of("en", new ActivityText("Draft " + tag, "…")), ActivityStatus.DRAFT);
        long selfGuided = activity(tag + "-4", Modality.SELF_GUIDED, TechnicalArea.SOCIAL_PROTECTION,
                LocalDate.now().minusYears(1), Map.of("es", new ActivityText("Protección " + tag, "…")), ActivityStatus.PUBLISHED);

        assertThat(ids(new CatalogueQuery(tag, null, null, null, false))).containsExactlyInAnyOrder(open, past, selfGuided);
        assertThat(ids(new CatalogueQuery(tag, null, null, null, true))).containsExactlyInAnyOrder(open, selfGuided);
        assertThat(ids(new CatalogueQuery(tag, Modality.SELF_GUIDED, null, null, false))).containsExactly(selfGuided);
        assertThat(ids(new CatalogueQuery(tag, null, "fr", null, false))).containsExactly(open);
        assertThat(ids(new CatalogueQuery(tag, null, null, TechnicalArea.GREEN_JOBS, false))).containsExactlyInAnyOrder(open, past);
        assertThat(ids(new CatalogueQuery(tag, null, null, null, false))).doesNotContain(draft);
    }

    @Test
    void pagesThroughResults() {
        String tag = Fixtures.unique("paging");
        for (int i = 0; i < 5; i++) {
            activity(tag + "-" + i, Modality.SELF_GUIDED, TechnicalArea.DIGITAL_LEARNING, LocalDate.now().minusDays(i),
                    Map.of("en", new ActivityText("Course " + tag, "…")), ActivityStatus.PUBLISHED);
        }
        var first = catalogue.search(new CatalogueQuery(tag, null, null, null, false), "en", new PageRequest(1, 2));
        var last = catalogue.search(new CatalogueQuery(tag, null, null, null, false), "en", new PageRequest(3, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(last.items()).hasSize(1);
        assertThat(first.items().get(0).startDate()).isAfterOrEqualTo(first.items().get(1).startDate());
    }

    @Test
    void activityPageIsInTheVisitorsLanguageWithFallback() throws Exception {
        long id = activity(Fixtures.unique("lang"), Modality.SELF_GUIDED, TechnicalArea.SOCIAL_DIALOGUE, LocalDate.now(),
                Map.of("en", new ActivityText("Social dialogue basics", "English text"),
                        "fr", new ActivityText("Les bases du dialogue social", "Texte français")), ActivityStatus.PUBLISHED);
        mvc.perform(get("/catalogue/" + id).header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("Les bases du dialogue social")));
        mvc.perform(get("/catalogue/" + id).param("lang", "es"))
                .andExpect(content().string(containsString("Social dialogue basics")))
                .andExpect(content().string(containsString("se muestra")));
        mvc.perform(get("/api/activities/" + id).header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.title").value("Les bases du dialogue social"))
                .andExpect(jsonPath("$.modality").value("self_guided"));
    }

    @Test
    void draftsAreNotPublic() throws Exception {
        long id = activity(Fixtures.unique("draft"), Modality.SELF_GUIDED, TechnicalArea.SOCIAL_DIALOGUE, LocalDate.now(),
                Map.of("en", new ActivityText("Secret draft", "…")), ActivityStatus.DRAFT);
        mvc.perform(get("/catalogue/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/activities/" + id)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void htmxFilterRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/catalogue").param("modality", "self_guided").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<header"))));
    }

    @Test
    void staffCreateEditPublishAndArchive() throws Exception {
        long staffId = fixtures.person(Role.STAFF);
        CampusUser staff = new CampusUser(staffId, "s@test.example", null, "Staff", "en", Set.of(Role.STAFF), true, false);
        String code = Fixtures.unique("NEW");
        var created = mvc.perform(post("/staff/activities").with(user(staff)).with(csrf())
                        .param("code", code).param("modality", "FACE_TO_FACE").param("kind", "TRAINING")
                        .param("technicalArea", "SOCIAL_PROTECTION").param("defaultLanguage", "en")
                        .param("startDate", LocalDate.now().plusMonths(1).toString()).param("venue", "Turin")
                        .param("capacity", "12").param("titleEn", "Workshop " + code).param("descriptionEn", "Five days"))
                .andReturn().getResponse().getRedirectedUrl();
        String location = created;
        assertThat(location).as("redirect after create").isNotNull();
        long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(catalogue.find(id, "en").orElseThrow().status()).isEqualTo(ActivityStatus.DRAFT);

        mvc.perform(post("/staff/activities/" + id + "/status").param("status", "published").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/catalogue/" + id)).andExpect(content().string(containsString("Workshop " + code)));
        mvc.perform(post("/staff/activities/" + id + "/status").param("status", "archived").with(user(staff)).with(csrf()));
        assertThat(catalogue.find(id, "en").orElseThrow().status()).isEqualTo(ActivityStatus.ARCHIVED);
    }

    private java.util.List<Long> ids(CatalogueQuery query) {
        return catalogue.search(query, "en", new PageRequest(1, 50)).items().stream().map(ActivityView::id).toList();
    }
}
