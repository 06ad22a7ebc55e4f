package campus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.shared.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
 * Walks every route the platform maps under /staff, /admin and their /api twins, and proves that
 * an anonymous visitor and a learner are refused each one, while staff reach staff routes.
 */
@CampusTest
class RouteSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountsApi accounts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {
    }

    List<Route> privilegedRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!(pattern.startsWith("/staff") || pattern.startsWith("/admin") || pattern.startsWith("/api/staff")
                        || pattern.startsWith("/api/admin") || pattern.startsWith("/api/reports"))) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, path));
                }
                for (RequestMethod m : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path));
                }
            }
        }
        return routes;
    }

    @Test
    void theWalkFindsTheBackOffice() {
        assertThat(privilegedRoutes()).extracting(Route::path)
                .contains("/staff/activities", "/staff/activities/new", "/staff/people", "/admin/outbox",
                        "/staff/activities/1/enrolments.csv", "/staff/activities/1/enrolments/1/status", "/api/reports/1");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (Route route : privilegedRoutes()) {
            int code = mvc.perform(build(route).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
            assertThat(code).as(route.toString()).isIn(302, 401);
        }
    }

    @Test
    void learnersAreRefusedEveryStaffAndAdminRoute() throws Exception {
        CampusUser learner = person(Role.LEARNER);
        for (Route route : privilegedRoutes()) {
            int code = mvc.perform(build(route).with(user(learner)).accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getStatus();
            assertThat(code).as(route.toString()).isEqualTo(403);
        }
    }

    @Test
    void staffAreRefusedAdministratorRoutesButReachStaffRoutes() throws Exception {
        CampusUser staff = person(Role.STAFF);
        for (Route route : privilegedRoutes()) {
            int code = mvc.perform(build(route).with(user(staff)).accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getStatus();
            if (route.path().startsWith("/admin") || route.path().startsWith("/api/admin")) {
                assertThat(code).as(route.toString()).isEqualTo(403);
            } else {
                assertThat(code).as(route.toString()).isNotIn(401, 403);
            }
        }
    }

    @Test
    void staffCannotGrantTheAdministratorRole() throws Exception {
        long someone = fixtures.person(Role.LEARNER);
        mvc.perform(post("/staff/people/" + someone + "/roles").param("roles", "administrator")
                .with(user(person(Role.STAFF))).with(csrf())).andExpect(status().isForbidden());
        assertThat(accounts.find(someone).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/staff/activities").with(user(person(Role.STAFF)))).andExpect(status().isForbidden());
        mvc.perform(post("/register").param("email", "x@example.org")).andExpect(status().isForbidden());
    }

    @Test
    void apiRefusalsAreProblemDetails() throws Exception {
        mvc.perform(get("/api/me/enrolments").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        mvc.perform(get("/api/me/enrolments").header("Authorization", "Bearer forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/catalogue"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private CampusUser person(Role role) {
        long id = fixtures.person(role);
        return new CampusUser(id, "u" + id + "@test.example", null, "Test Person", "en", java.util.Set.of(role), true, false);
    }

    private static MockHttpServletRequestBuilder build(Route route) {
        MockHttpServletRequestBuilder builder = request(route.method(), route.path());
        return route.method() == HttpMethod.GET ? builder : builder.with(csrf());
    }
}
