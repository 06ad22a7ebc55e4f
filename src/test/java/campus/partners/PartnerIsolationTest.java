package campus.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.credentials.CredentialFixtures;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyDesign;
import campus.learning.CohortFixtures;
import campus.learning.CourseFixtures;
import campus.learning.internal.AttendanceService;
import campus.learning.internal.CourseAuthoring;
import campus.shared.Modality;
import campus.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A partner's administrator tries every partner-scoped route the platform maps (found by walking the
 * request mappings, so a route added later is tried too) with another partner's ids, the Centre's ids, ids
 * that do not exist, and their own activity combined with another partner's sub-ids; each is refused, the
 * refusal looks the same whether the id exists or not, and nothing of the other partner or the Centre changes.
 */
@CampusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerIsolationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired MockMvc mvc;
    @Autowired DSLContext db;
    @Autowired Fixtures fixtures;
    @Autowired PartnerFixtures partners;
    @Autowired CourseFixtures courses;
    @Autowired CohortFixtures cohorts;
    @Autowired CredentialFixtures credentials;
    @Autowired CourseAuthoring authoring;
    @Autowired AttendanceService attendance;
    @Autowired SurveyDesign surveys;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    PartnerFixtures.Space spaceA;
    PartnerFixtures.Space spaceB;
    long activityA;
    CampusUser adminA;
    /** Path variables filled with partner B's objects, the Centre's, and objects that do not exist. */
    Map<String, String> worldB;
    Map<String, String> worldCentre;
    Map<String, String> nowhere;
    List<Long> guarded;

    @BeforeAll
    void twoPartnersAndTheCentre() {
        spaceA = partners.space("Union A");
        spaceB = partners.space("Employers B");
        activityA = partners.activity(spaceA.id(), Modality.BLENDED);
        courses.course(activityA, 60, 3);
        adminA = partners.user(spaceA.administrator());
        worldB = world(partners.activity(spaceB.id(), Modality.BLENDED), spaceB.id(), spaceB.slug());
        worldCentre = world(partners.activity(null, Modality.BLENDED), null, "no-such-space-of-the-centre");
        nowhere = new HashMap<>();
        worldB.keySet().forEach(k -> nowhere.put(k, "987654321"));
        nowhere.put("slug", "no-such-space");
        nowhere.put("name", "nothing.png");
        nowhere.put("credentialId", "00000000-0000-0000-0000-000000000000");
        guarded = List.of(Long.parseLong(worldB.get("id")), Long.parseLong(worldCentre.get("id")));
        settled();
    }

    /** An activity with a course, a file, a cohort with a tutor, a session day, a survey item, an enrolment and a credential. */
    private Map<String, String> world(long activity, Long partnerId, String slug) {
        var course = courses.course(activity, 60, 3);
        authoring.saveFile(activity, "map.png", "image/png", new byte[] {1, 2, 3});
        long cohort = cohorts.cohort(activity, "Cohort", 30, 60);
        long tutor = cohorts.tutor(cohort);
        long session = attendance.addSession(activity, LocalDate.now().plusMonths(1).plusDays(1), "Opening");
        long item = surveys.addItem(activity, Survey.SATISFACTION, "scale", Map.of("en", "Was the venue good?"));
        long learner = fixtures.person(Role.LEARNER);
        if (partnerId != null) {
            partners.join(partnerId, learner);
        }
        var credential = credentials.issuedTo(activity, learner);
        long enrolment = ((Number) db.fetchValue("select id from enrolment where activity_id = ? and person_id = ?", activity, learner)).longValue();
        Map<String, String> ids = new HashMap<>();
        ids.put("id", String.valueOf(activity));
        ids.put("activityId", String.valueOf(activity));
        ids.put("moduleId", String.valueOf(course.moduleId()));
        ids.put("lessonId", String.valueOf(course.lessons().get(0)));
        ids.put("questionId", String.valueOf(authoring.bank(activity).get(0).id()));
        ids.put("cohortId", String.valueOf(cohort));
        ids.put("personId", String.valueOf(tutor));
        ids.put("sessionId", String.valueOf(session));
        ids.put("itemId", String.valueOf(item));
        ids.put("name", "map.png");
        ids.put("credentialId", credential.id());
        ids.put("enrolmentId", String.valueOf(enrolment));
        ids.put("slug", slug);
        return ids;
    }

    record Route(HttpMethod method, String pattern) {
        boolean activityScoped() { return pattern.startsWith("/staff/activities/{"); }
        boolean spaceAdministration() { return pattern.startsWith("/p/{slug}/admin"); }
        boolean backOffice() {
            return !activityScoped() && !spaceAdministration() && (pattern.startsWith("/staff") || pattern.startsWith("/admin")
                    || pattern.startsWith("/api/staff") || pattern.startsWith("/api/admin") || pattern.startsWith("/api/reports"));
        }
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                }
                for (RequestMethod m : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        }
        return routes;
    }

    /** Fills the pattern's variables: the activity from {@code activityWorld}, every other id from {@code others}. */
    private static String path(Route route, Map<String, String> activityWorld, Map<String, String> others) {
        String pattern = route.pattern();
        // in ".../enrolments/{id}/status" under {activityId}, "id" is the enrolment
        boolean idIsEnrolment = pattern.contains("{activityId}") && pattern.contains("{id}");
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).replaceAll(":.*", "");
            String value;
            if (name.equals("activityId") || name.equals("id") && !idIsEnrolment) {
                value = activityWorld.get("id");
            } else if (name.equals("id")) {
                value = others.get("enrolmentId");
            } else {
                value = others.getOrDefault(name, "1");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private int status(HttpMethod method, String path) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).with(user(adminA)).with(csrf())
                .accept(MediaType.TEXT_HTML).param("status", "withdrawn").param("partner", String.valueOf(spaceB.id()));
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void theWalkCoversTheActivityAndSpaceRoutes() {
        List<String> patterns = routes().stream().map(Route::pattern).toList();
        assertThat(patterns).contains("/staff/activities/{id}/edit", "/staff/activities/{id}/course/lessons/{lessonId}",
                "/staff/activities/{id}/cohorts/{cohortId}", "/staff/activities/{activityId}/credentials/{credentialId}/status",
                "/staff/activities/{activityId}/enrolments/{id}/status", "/p/{slug}/admin", "/p/{slug}/admin/branding");
    }

    @Test
    void anotherPartnersActivityTheCentresAndMissingOnesAreRefusedAlike() throws Exception {
        String before = fingerprint();
        for (Route route : routes()) {
            if (!route.activityScoped()) continue;
            for (Map<String, String> world : List.of(worldB, worldCentre, nowhere)) {
                String path = path(route, world, world);
                assertThat(status(route.method(), path)).as(route.method() + " " + path).isEqualTo(403);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void ownActivityWithAnotherPartnersSubIdsIsRefusedAndChangesNothing() throws Exception {
        String before = fingerprint();
        Map<String, String> own = Map.of("id", String.valueOf(activityA));
        int tried = 0;
        for (Route route : routes()) {
            if (!route.activityScoped() || VARIABLE.matcher(route.pattern()).results().count() < 2) continue;
            for (Map<String, String> others : List.of(worldB, worldCentre)) {
                String path = path(route, own, others);
                assertThat(status(route.method(), path)).as(route.method() + " " + path).isIn(400, 404);
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(30);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anotherPartnersSpaceAndMissingSpacesAreRefusedAlike() throws Exception {
        String before = fingerprint();
        for (Route route : routes()) {
            if (!route.spaceAdministration()) continue;
            for (Map<String, String> world : List.of(worldB, nowhere)) {
                String path = path(route, world, world);
                assertThat(status(route.method(), path)).as(route.method() + " " + path).isEqualTo(403);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theCentresBackOfficeIsRefused() throws Exception {
        for (Route route : routes()) {
            if (!route.backOffice() || route.pattern().equals("/staff/activities/new")
                    || route.pattern().equals("/staff/activities") && route.method() == HttpMethod.POST) continue;
            String path = path(route, worldCentre, worldCentre);
            assertThat(status(route.method(), path)).as(route.method() + " " + path).isEqualTo(403);
        }
    }

    @Test
    void forgedFormFieldsNamingAnotherPartnersRecordsChangeNothing() throws Exception {
        long memberOfB = partners.member(spaceB.id());
        String before = fingerprint(); // with B's new member
        int[] codes = {
                // move B's learner into B's cohort, through A's own activity
                status(HttpMethod.POST, "/staff/activities/" + activityA + "/cohorts/placements?enrolmentId=" + worldB.get("enrolmentId")
                        + "&cohortId=" + worldB.get("cohortId")),
                // remove B's member through A's space
                status(HttpMethod.POST, "/p/" + spaceA.slug() + "/admin/members/" + memberOfB + "/remove"),
                // recommend B's activity in A's space
                status(HttpMethod.POST, "/p/" + spaceA.slug() + "/admin/recommendations?activity=" + worldB.get("id")),
                // revoke B's credential from A's activity's credentials page
                status(HttpMethod.POST, "/staff/activities/" + activityA + "/credentials/" + worldB.get("credentialId")
                        + "/status?status=revoked&reason=forged"),
        };
        assertThat(codes[0]).as("placement").isIn(302, 400, 404);
        assertThat(codes[1]).as("member removal").isIn(302, 400, 404);
        assertThat(codes[2]).as("recommendation").isEqualTo(400);
        assertThat(codes[3]).as("credential status").isEqualTo(404);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(db.fetchCount(db.selectFrom("partner_recommendation").where("partner_id = ?", spaceA.id()))).isZero();
    }

    @Test
    void anActivityCanBeCreatedOnlyInTheirOwnSpace() throws Exception {
        long before = db.fetchCount(db.selectFrom("activity"));
        for (String partner : List.of(String.valueOf(spaceB.id()), "", "987654321", "1 OR 1=1")) {
            assertThat(mvc.perform(request(HttpMethod.GET, "/staff/activities/new").param("partner", partner).with(user(adminA)))
                    .andReturn().getResponse().getStatus()).as("new ?partner=" + partner).isEqualTo(403);
            assertThat(mvc.perform(request(HttpMethod.POST, "/staff/activities").param("partner", partner)
                    .param("code", Fixtures.unique("X")).param("modality", "SELF_GUIDED").param("kind", "TRAINING")
                    .param("technicalArea", "SOCIAL_DIALOGUE").param("defaultLanguage", "en").param("startDate", "2027-01-01")
                    .param("titleEn", "Forged").with(user(adminA)).with(csrf())).andReturn().getResponse().getStatus())
                    .as("create ?partner=" + partner).isEqualTo(403);
        }
        assertThat(db.fetchCount(db.selectFrom("activity"))).isEqualTo(before);

        String code = Fixtures.unique("OWN");
        var created = mvc.perform(request(HttpMethod.POST, "/staff/activities").param("partner", String.valueOf(spaceA.id()))
                .param("code", code).param("modality", "SELF_GUIDED").param("kind", "TRAINING")
                .param("technicalArea", "SOCIAL_DIALOGUE").param("defaultLanguage", "en").param("startDate", "2027-01-01")
                .param("titleEn", "Our own course").with(user(adminA)).with(csrf())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(((Number) db.fetchValue("select partner_id from activity where code = ?", code)).longValue()).isEqualTo(spaceA.id());
    }

    @Test
    void theirOwnActivityAndSpaceAreReachable() throws Exception {
        for (String path : List.of("/staff/activities/" + activityA + "/edit", "/staff/activities/" + activityA + "/course",
                "/staff/activities/" + activityA + "/cohorts", "/staff/activities/" + activityA + "/enrolments",
                "/staff/activities/" + activityA + "/credentials", "/staff/activities/" + activityA + "/evaluation",
                "/staff/activities/" + activityA + "/sessions", "/p/" + spaceA.slug() + "/admin",
                "/p/" + spaceA.slug() + "/admin/branding")) {
            assertThat(mvc.perform(request(HttpMethod.GET, path).with(user(adminA))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(200);
        }
    }

    @Test
    void aLearnerIsRefusedEverySpaceAdministrationRoute() throws Exception {
        CampusUser learner = partners.user(partners.member(spaceB.id()));
        for (Route route : routes()) {
            if (!route.spaceAdministration() && !route.activityScoped()) continue;
            String path = path(route, worldB, worldB);
            int code = mvc.perform(request(route.method(), path).with(user(learner)).with(csrf()).accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getStatus();
            assertThat(code).as(route.method() + " " + path).isEqualTo(403);
        }
    }

    /** Everything stored about partner B's and the Centre's activities, and about partner B's space. */
    private String fingerprint() {
        String activities = guarded.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        String in = " in (" + activities + ")";
        List<String> queries = new ArrayList<>();
        for (String table : List.of("activity", "activity_text", "enrolment", "course", "course_module", "course_file",
                "question", "cohort", "session_day", "evaluation_settings", "survey_item", "survey_response", "credential")) {
            queries.add("select * from " + table + " where " + (table.equals("activity") ? "id" : "activity_id") + in);
        }
        String modules = "(select id from course_module where activity_id" + in + ")";
        String questions = "(select id from question where activity_id" + in + ")";
        String cohortIds = "(select id from cohort where activity_id" + in + ")";
        queries.add("select * from course_module_text where module_id in " + modules);
        queries.add("select * from lesson where module_id in " + modules);
        queries.add("select * from lesson_text where lesson_id in (select id from lesson where module_id in " + modules + ")");
        queries.add("select * from question_text where question_id in " + questions);
        queries.add("select * from question_option where question_id in " + questions);
        queries.add("select * from cohort_tutor where cohort_id in " + cohortIds);
        queries.add("select * from cohort_member where cohort_id in " + cohortIds);
        queries.add("select * from survey_item_text where item_id in (select id from survey_item where activity_id" + in + ")");
        queries.add("select * from credential_status_change where credential_id in (select id from credential where activity_id" + in + ")");
        for (String table : List.of("partner_text", "partner_member", "partner_invitation", "partner_recommendation")) {
            queries.add("select * from " + table + " where partner_id = " + spaceB.id());
        }
        queries.add("select id, slug, name, primary_colour, accent_colour, languages, open_to_all, join_token, logo_type from partner where id = " + spaceB.id());
        StringBuilder all = new StringBuilder();
        for (String query : queries) {
            List<String> rows = new ArrayList<>(db.fetch(query).stream().map(r -> java.util.Arrays.deepToString(r.intoArray())).toList());
            rows.sort(null);
            all.append(query).append('\n').append(String.join("\n", rows)).append('\n');
        }
        return all.toString();
    }

    /** Listeners (cohort placement, survey planning) run after commits: wait until the fixture is at rest. */
    private void settled() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(new java.util.concurrent.Callable<>() {
            String last = "";
            @Override
            public Boolean call() {
                String now = fingerprint();
                boolean same = now.equals(last);
                last = now;
                return same;
            }
        });
    }
}
