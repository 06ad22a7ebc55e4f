package campus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the cohort, board and attendance pages: anonymous visitors are sent to sign
 * in everywhere; learners are refused every staff and tutor route.
 */
@CampusTest
class TutorRouteSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CohortFixtures cohorts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().equals("campus.learning.web")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!(pattern.startsWith("/staff") || pattern.startsWith("/tutor") || pattern.startsWith("/learning/cohorts"))) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path));
                }
            }
        });
        return routes;
    }

    @Test
    void theWalkFindsEveryNewRoute() {
        assertThat(routes()).extracting(Route::path).contains("/staff/activities/1/cohorts", "/staff/activities/1/cohorts/1",
                "/staff/activities/1/cohorts/1/tutors", "/staff/activities/1/cohorts/1/tutors/1/remove",
                "/staff/activities/1/cohorts/placements", "/staff/activities/1/sessions",
                "/staff/activities/1/sessions/1/delete", "/tutor", "/tutor/cohorts/1", "/tutor/cohorts/1/completions",
                "/tutor/activities/1/sessions", "/tutor/activities/1/sessions/1/attendance", "/learning/cohorts",
                "/learning/cohorts/1", "/learning/cohorts/1/threads", "/learning/cohorts/1/threads/1",
                "/learning/cohorts/1/threads/1/replies");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (Route route : routes()) {
            MockHttpServletResponse response = mvc.perform(build(route).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
            assertThat(response.getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(route.toString()).endsWith("/login");
        }
    }

    @Test
    void learnersAreRefusedEveryStaffAndTutorRoute() throws Exception {
        long id = fixtures.person(Role.LEARNER);
        CampusUser learner = cohorts.user(id);
        for (Route route : routes()) {
            if (route.path().startsWith("/learning")) {
                continue; // open to any signed-in person; membership decides (BoardTest)
            }
            int code = mvc.perform(build(route).with(user(learner)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
            assertThat(code).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void tutorsAreRefusedStaffRoutes() throws Exception {
        CampusUser tutor = cohorts.user(fixtures.person(Role.TUTOR));
        for (Route route : routes()) {
            if (route.path().startsWith("/staff")) {
                int code = mvc.perform(build(route).with(user(tutor)).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
                assertThat(code).as(route.toString()).isEqualTo(403);
            }
        }
    }

    private static MockHttpServletRequestBuilder build(Route route) {
        MockHttpServletRequestBuilder builder = request(route.method(), route.path());
        return route.method() == HttpMethod.GET ? builder : builder.with(csrf());
    }
}
