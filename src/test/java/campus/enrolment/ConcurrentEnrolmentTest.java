package campus.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusApplication;
import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.internal.EnrolmentService;
import campus.shared.Modality;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The capacity rule under load: 200 learners apply at the same moment for 20 seats through the
 * HTTP API. Exactly 20 are admitted and 180 waitlisted in order of arrival, and no request fails,
 * with one app instance and with two instances on one database.
 */
@CampusTest
class ConcurrentEnrolmentTest {

    static final int LEARNERS = 200;
    static final int SEATS = 20;

    @Autowired Fixtures fixtures;
    @Autowired EnrolmentService enrolments;
    @LocalServerPort int port;

    @Test
    void twoHundredSimultaneousApplicationsForTwentySeats() throws Exception {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, SEATS, false, "en");
        List<Integer> statuses = applyAllAtOnce(activity, List.of(port));
        assertSeatsAndOrder(activity, statuses);
    }

    @Test
    void twoAppInstancesOnOneDatabaseKeepTheSameRule() throws Exception {
        // a second, independent instance of the platform on the same database (its own pool, server and locks)
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CampusApplication.class)
                .properties("server.port=0", "spring.flyway.enabled=true", "campus.demo.load=false")
                .run()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            long activity = fixtures.activity(Modality.FACE_TO_FACE, SEATS, false, "en");
            List<Integer> statuses = applyAllAtOnce(activity, List.of(port, secondPort));
            assertSeatsAndOrder(activity, statuses);
        }
    }

    private List<Integer> applyAllAtOnce(long activity, List<Integer> ports) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            tokens.add(fixtures.apiToken(fixtures.person()));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                int instancePort = ports.get(i % ports.size());
                String token = tokens.get(i);
                Callable<Integer> call = () -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + instancePort + "/api/activities/" + activity + "/enrolments"))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.noBody()).build();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertSeatsAndOrder(long activity, List<Integer> statuses) {
        assertThat(statuses).as("every request succeeds").containsOnly(201);
        List<EnrolmentView> all = enrolments.ofActivity(activity);
        assertThat(all).hasSize(LEARNERS);
        assertThat(all.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED)).hasSize(SEATS);
        assertThat(all.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)).hasSize(LEARNERS - SEATS);
        // arrival numbers are handed out one at a time under the lock: 1..200, no gap, no repeat
        assertThat(all.stream().mapToLong(EnrolmentView::arrival).sorted().toArray())
                .containsExactly(LongStream.rangeClosed(1, LEARNERS).toArray());
        // the first twenty to arrive hold the seats; the rest wait in order of arrival
        List<EnrolmentView> byArrival = all.stream().sorted(Comparator.comparingLong(EnrolmentView::arrival)).toList();
        for (int i = 0; i < LEARNERS; i++) {
            EnrolmentView e = byArrival.get(i);
            if (i < SEATS) {
                assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED);
            } else {
                assertThat(e.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
                assertThat(e.waitlistPosition()).isEqualTo(i - SEATS + 1);
            }
        }
    }
}
