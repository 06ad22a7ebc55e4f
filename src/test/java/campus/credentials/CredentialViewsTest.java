package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.CREDENTIAL_VIEW;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import campus.credentials.internal.CredentialViews;
import campus.credentials.internal.StoredCredential;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Views of public credential pages are counted per pseudonymous viewer (a cookie, stored only as a
 * peppered hash), the holder's own views are not counted, and no address is stored anywhere.
 */
@CampusTest
class CredentialViewsTest {

    static final String ADDRESS = "203.0.113.77";
    static final String FORWARDED = "198.51.100.23";

    @Autowired MockMvc mvc;
    @Autowired CredentialFixtures credentials;
    @Autowired CredentialViews views;
    @Autowired DSLContext db;

    @Test
    void twoViewsWithOneCookieAreTwoViewsByOneViewer() throws Exception {
        StoredCredential credential = credentials.issued();
        MockHttpServletResponse first = view(credential, null);
        Cookie cookie = first.getCookie("campus_viewer");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{22}");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/credentials");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(cookie.getSecure()).isFalse();
        assertThat(first.getHeader("Set-Cookie")).contains("SameSite=Lax");
        MockHttpServletResponse second = view(credential, cookie);
        assertThat(second.getCookie("campus_viewer")).as("the cookie is set once").isNull();

        awaitViews(credential, 2);
        assertThat(db.fetchCount(db.selectDistinct(CREDENTIAL_VIEW.VIEWER).from(CREDENTIAL_VIEW)
                .where(CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id())))).isEqualTo(1);
        String viewer = db.select(CREDENTIAL_VIEW.VIEWER).from(CREDENTIAL_VIEW)
                .where(CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id())).limit(1).fetchOne(CREDENTIAL_VIEW.VIEWER);
        assertThat(viewer).matches("[0-9a-f]{64}").doesNotContain(cookie.getValue());

        // another browser is another viewer
        view(credential, null);
        awaitViews(credential, 3);
        assertThat(db.fetchCount(db.selectDistinct(CREDENTIAL_VIEW.VIEWER).from(CREDENTIAL_VIEW)
                .where(CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id())))).isEqualTo(2);
    }

    @Test
    void overHttpsTheCookieIsSecure() throws Exception {
        StoredCredential credential = credentials.issued();
        MockHttpServletResponse response = mvc.perform(get("/credentials/" + credential.id()).secure(true))
                .andReturn().getResponse();
        assertThat(response.getCookie("campus_viewer").getSecure()).isTrue();
    }

    @Test
    void theHoldersOwnViewsAreNotCounted() throws Exception {
        StoredCredential credential = credentials.issued();
        MockHttpServletResponse own = mvc.perform(get("/credentials/" + credential.id())
                .with(user(credentials.user(credential.personId())))).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getCookie("campus_viewer")).isNull();
        view(credential, null);
        awaitViews(credential, 1);
        Thread.sleep(1500);
        views.flush();
        assertThat(db.fetchCount(CREDENTIAL_VIEW, CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id()))).isEqualTo(1);
    }

    @Test
    void manyViewsAreStoredInEventsSmallEnoughAndNoAddressIsStoredAnywhere() throws Exception {
        StoredCredential credential = credentials.issued();
        for (int i = 0; i < 45; i++) {
            view(credential, null);
        }
        awaitViews(credential, 45);
        // every published batch fits the event publication log's 4,000 characters (H2's column)
        List<Integer> sizes = db.select(DSL.length(DSL.field(DSL.name("serialized_event"), String.class)))
                .from(DSL.table(DSL.name("event_publication")))
                .where(DSL.field(DSL.name("event_type"), String.class).like("%CredentialsViewed"))
                .fetch(0, Integer.class);
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isLessThan(4000));

        List<String> found = new ArrayList<>();
        for (Table<?> table : db.meta().getTables()) {
            if (table.getSchema() == null || !table.getSchema().getName().equalsIgnoreCase("public")) {
                continue;
            }
            for (Field<?> field : table.fields()) {
                if (field.getDataType().isString()) {
                    Field<String> text = DSL.field(DSL.name(field.getName()), String.class);
                    if (db.fetchExists(DSL.selectOne().from(table).where(text.contains(ADDRESS).or(text.contains(FORWARDED))))) {
                        found.add(table.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(found).as("columns holding a viewer's address").isEmpty();
    }

    private MockHttpServletResponse view(StoredCredential credential, Cookie cookie) throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(ADDRESS);
            request.addHeader("X-Forwarded-For", FORWARDED);
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        };
        MockHttpServletResponse response = mvc.perform(get("/credentials/" + credential.id()).with(from)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private void awaitViews(StoredCredential credential, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            views.flush();
            return db.fetchCount(CREDENTIAL_VIEW, CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id())) >= count;
        });
        assertThat(db.fetchCount(CREDENTIAL_VIEW, CREDENTIAL_VIEW.CREDENTIAL_ID.eq(credential.id()))).isEqualTo(count);
    }
}
