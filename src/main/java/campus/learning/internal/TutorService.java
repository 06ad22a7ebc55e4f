package campus.learning.internal;

import campus.accounts.CampusUser;
import campus.shared.NotFound;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tutor follows their cohorts' learners and records completion where the automatic rule cannot decide. */
@Service
@Transactional
public class TutorService {

    private final CohortStore cohorts;
    private final CohortService cohortService;
    private final TutorAccess access;
    private final CourseStore courses;
    private final ProgressStore progress;
    private final AttemptStore attempts;
    private final CompletionService completion;

    TutorService(CohortStore cohorts, CohortService cohortService, TutorAccess access, CourseStore courses,
                 ProgressStore progress, AttemptStore attempts, CompletionService completion) {
        this.cohorts = cohorts;
        this.cohortService = cohortService;
        this.access = access;
        this.courses = courses;
        this.progress = progress;
        this.attempts = attempts;
        this.completion = completion;
    }

    @Transactional(readOnly = true)
    public List<Cohort> cohortsOf(CampusUser tutor) {
        return cohorts.tutoredBy(tutor.id());
    }

    /** Each current member's progress; NotFound for someone who does not tutor the cohort. */
    @Transactional(readOnly = true)
    public List<LearnerProgress> progress(CampusUser user, long cohortId) {
        Cohort cohort = access.tutoredCohort(user, cohortId);
        List<Learner> learners = cohortService.members(cohort).stream()
                .filter(l -> l.enrolment().status().holdsSeat()).toList();
        if (learners.isEmpty()) {
            return List.of();
        }
        List<Long> ids = learners.stream().map(l -> l.enrolment().id()).toList();
        Set<Long> lessons = courses.outline(cohort.activityId()).map(o -> o.lessons().stream()
                .map(CourseOutline.Lesson::id).collect(Collectors.toSet())).orElse(Set.of());
        Map<Long, Set<Long>> done = progress.done(ids);
        Map<Long, List<Attempt>> submitted = attempts.ofEnrolments(ids).stream().filter(Attempt::submitted)
                .collect(Collectors.groupingBy(Attempt::enrolmentId));
        return learners.stream().map(l -> {
            long id = l.enrolment().id();
            int lessonsDone = (int) done.getOrDefault(id, Set.of()).stream().filter(lessons::contains).count();
            List<Attempt> sittings = submitted.getOrDefault(id, List.of());
            Integer pre = sittings.stream().filter(a -> a.kind() == TestKind.PRE).map(Attempt::score)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Integer post = sittings.stream().filter(a -> a.kind() == TestKind.POST).map(Attempt::score)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            return new LearnerProgress(l, lessonsDone, lessons.size(), pre, post);
        }).toList();
    }

    /**
     * The tutor records that a learner of this cohort completed; allowed after the cohort closed too,
     * since the tutor may finish marking late. A learner of another cohort is NotFound here.
     */
    public void complete(CampusUser user, long cohortId, long enrolmentId) {
        Cohort cohort = access.tutoredCohort(user, cohortId);
        if (cohorts.cohortOf(enrolmentId).filter(id -> id == cohort.id()).isEmpty()) {
            throw new NotFound("enrolment " + enrolmentId + " in cohort " + cohortId);
        }
        completion.completeByTutor(enrolmentId);
    }
}
