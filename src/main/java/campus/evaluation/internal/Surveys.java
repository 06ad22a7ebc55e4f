package campus.evaluation.internal;

import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentStatus;
import campus.enrolment.EnrolmentView;
import campus.evaluation.FollowUpAnswered;
import campus.evaluation.SatisfactionSubmitted;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey: the satisfaction survey by a signed-in learner after completing, or either
 * survey through a personal link from a mail. One response per enrolment and survey; a refused
 * form stores nothing.
 */
@Service
@Transactional
public class Surveys {

    private final EnrolmentApi enrolments;
    private final SurveyDesign design;
    private final ResponseStore responses;
    private final InvitationStore invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(EnrolmentApi enrolments, SurveyDesign design, ResponseStore responses, InvitationStore invitations,
            ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.design = design;
        this.responses = responses;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** The learner's own completed enrolment, or NotFound: others' enrolments do not exist for them. */
    @Transactional(readOnly = true)
    public EnrolmentView completedEnrolmentOf(long enrolmentId, long personId) {
        return enrolments.find(enrolmentId)
                .filter(e -> e.personId() == personId && e.status() == EnrolmentStatus.COMPLETED)
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
    }

    @Transactional(readOnly = true)
    public boolean answered(long enrolmentId, Survey survey) {
        return responses.exists(enrolmentId, survey);
    }

    @Transactional(readOnly = true)
    public List<SurveyItem> items(long activityId, Survey survey) {
        return design.items(activityId, survey);
    }

    /** A signed-in learner rates an activity they completed. */
    public void submitSatisfaction(long enrolmentId, long personId, Function<String, String> fields) {
        EnrolmentView enrolment = completedEnrolmentOf(enrolmentId, personId);
        invitations.find(enrolmentId, Survey.SATISFACTION).ifPresent(i -> invitations.lock(i.id()));
        answer(enrolment.id(), enrolment.activityId(), Survey.SATISFACTION, fields);
    }

    /** Where a personal link leads, now. */
    @Transactional(readOnly = true)
    public LinkState open(String token) {
        return SurveyLinks.hash(token).flatMap(invitations::invitationOfToken)
                .flatMap(invitations::get)
                .map(i -> LinkState.of(i, now()))
                .orElseGet(LinkState::unknown);
    }

    /**
     * Answers through a personal link. Returns the link's state after the attempt: OPEN means the
     * answers were stored; any other state means nothing was stored and says why.
     */
    public LinkState submitByLink(String token, Function<String, String> fields) {
        var invitationId = SurveyLinks.hash(token).flatMap(invitations::invitationOfToken);
        if (invitationId.isEmpty()) {
            return LinkState.unknown();
        }
        // the lock makes a double submit (two tabs, a replayed request) wait and then see USED
        Invitation invitation = invitations.lock(invitationId.get()).orElseThrow();
        LinkState state = LinkState.of(invitation, now());
        if (state.status() != LinkState.Status.OPEN) {
            return state;
        }
        answer(invitation.enrolmentId(), invitation.activityId(), invitation.survey(), fields);
        return state;
    }

    private void answer(long enrolmentId, long activityId, Survey survey, Function<String, String> fields) {
        if (responses.exists(enrolmentId, survey)) {
            throw new SurveyAlreadyAnswered(enrolmentId, survey);
        }
        Map<String, Answer> answers = AnswerSheet.read(design.items(activityId, survey), fields);
        OffsetDateTime at = now();
        try {
            responses.save(enrolmentId, activityId, survey, at, answers);
        } catch (DuplicateKeyException raced) {
            throw new SurveyAlreadyAnswered(enrolmentId, survey);
        }
        invitations.markAnswered(enrolmentId, survey, at);
        if (survey == Survey.SATISFACTION) {
            events.publishEvent(new SatisfactionSubmitted(enrolmentId, activityId, at.toLocalDate(),
                    answers.get(StandardItems.OVERALL).value()));
        } else {
            Answer example = answers.get(StandardItems.EXAMPLE);
            events.publishEvent(new FollowUpAnswered(enrolmentId, activityId, at.toLocalDate(),
                    answers.get(StandardItems.CAN_APPLY).value() == 1,
                    example != null && StandardItems.exampleGiven(example.text())));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
