package campus.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import campus.CampusTest;
import campus.Fixtures;
import campus.enrolment.internal.EnrolmentService;
import campus.shared.FieldProblem;
import campus.shared.Modality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampusTest
class EnrolmentRulesTest {

    @Autowired Fixtures fixtures;
    @Autowired EnrolmentService enrolments;

    @Test
    void selfGuidedEnrolsAtOnceWithoutSeatLimit() {
        long activity = fixtures.activity(Modality.SELF_GUIDED, 1, false, "en", LocalDate.now().minusDays(3));
        assertThat(enrolments.apply(activity, fixtures.person()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.apply(activity, fixtures.person()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void tutoredAdmitsWhileSeatsRemainThenWaitlistsInOrderAndPromotesOnWithdrawal() {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 2, false, "en");
        long ana = fixtures.person(), ben = fixtures.person(), chloe = fixtures.person(), dev = fixtures.person();
        EnrolmentView a = enrolments.apply(activity, ana);
        enrolments.apply(activity, ben);
        EnrolmentView c = enrolments.apply(activity, chloe);
        EnrolmentView d = enrolments.apply(activity, dev);
        assertThat(a.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(c.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(c.waitlistPosition()).isEqualTo(1);
        assertThat(d.waitlistPosition()).isEqualTo(2);

        enrolments.withdraw(a.id(), ana);

        assertThat(enrolments.find(c.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.find(c.id()).orElseThrow().enrolledOn()).isNotNull();
        EnrolmentView stillWaiting = enrolments.find(d.id()).orElseThrow();
        assertThat(stillWaiting.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(stillWaiting.waitlistPosition()).isEqualTo(1);
        assertThat(enrolments.find(a.id()).orElseThrow().withdrawnOn()).isNotNull();
    }

    @Test
    void waitlistedLearnerWithdrawingFreesNoSeatAndKeepsOthersInOrder() {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 1, false, "en");
        long p1 = fixtures.person(), p2 = fixtures.person(), p3 = fixtures.person();
        enrolments.apply(activity, p1);
        EnrolmentView second = enrolments.apply(activity, p2);
        EnrolmentView third = enrolments.apply(activity, p3);
        enrolments.withdraw(second.id(), p2);
        assertThat(enrolments.find(third.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(enrolments.find(third.id()).orElseThrow().waitlistPosition()).isEqualTo(1);
    }

    @Test
    void reviewedActivityKeepsApplicationsPendingUntilStaffAdmit() {
        long activity = fixtures.activity(Modality.BLENDED, 1, true, "en");
        long p1 = fixtures.person(), p2 = fixtures.person();
        EnrolmentView first = enrolments.apply(activity, p1);
        EnrolmentView second = enrolments.apply(activity, p2);
        assertThat(first.status()).isEqualTo(EnrolmentStatus.PENDING);

        assertThat(enrolments.changeStatus(first.id(), EnrolmentStatus.ENROLLED).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThatThrownBy(() -> enrolments.changeStatus(second.id(), EnrolmentStatus.ENROLLED))
                .isInstanceOf(FieldProblem.class).hasMessageContaining("enrolment.full");
        assertThat(enrolments.changeStatus(second.id(), EnrolmentStatus.WAITLISTED).status()).isEqualTo(EnrolmentStatus.WAITLISTED);

        enrolments.changeStatus(first.id(), EnrolmentStatus.REJECTED);
        assertThat(enrolments.find(second.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void applyingTwiceIsRefusedButReapplyingAfterWithdrawalIsAllowed() {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 5, false, "en");
        long learner = fixtures.person();
        EnrolmentView first = enrolments.apply(activity, learner);
        assertThatThrownBy(() -> enrolments.apply(activity, learner)).isInstanceOf(FieldProblem.class)
                .hasMessageContaining("enrolment.already");
        enrolments.withdraw(first.id(), learner);
        EnrolmentView again = enrolments.apply(activity, learner);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(again.arrival()).isGreaterThan(first.arrival());
    }

    @Test
    void closedActivityRefusesApplications() {
        long started = fixtures.activity(Modality.ONLINE_TUTORED, 5, false, "en", LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> enrolments.apply(started, fixtures.person())).isInstanceOf(FieldProblem.class)
                .hasMessageContaining("enrolment.closed");
    }

    @Test
    void learnerCannotWithdrawSomeoneElse() {
        long activity = fixtures.activity(Modality.ONLINE_TUTORED, 5, false, "en");
        EnrolmentView mine = enrolments.apply(activity, fixtures.person());
        long intruder = fixtures.person();
        assertThatThrownBy(() -> enrolments.withdraw(mine.id(), intruder)).isInstanceOf(campus.shared.NotFound.class);
        assertThat(enrolments.find(mine.id()).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }
}
