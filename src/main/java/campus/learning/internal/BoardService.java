package campus.learning.internal;

import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.enrolment.EnrolmentApi;
import campus.enrolment.EnrolmentView;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's discussion board: members, tutors and staff read and post; tutors and staff also
 * announce, which mails every member; a reply mails the thread's author. Posts are plain text.
 */
@Service
@Transactional
public class BoardService {

    private final BoardStore board;
    private final CohortStore cohorts;
    private final TutorAccess access;
    private final EnrolmentApi enrolments;
    private final AccountsApi accounts;
    private final BoardMail mail;
    private final Clock clock;

    BoardService(BoardStore board, CohortStore cohorts, TutorAccess access, EnrolmentApi enrolments, AccountsApi accounts,
                 BoardMail mail, Clock clock) {
        this.board = board;
        this.cohorts = cohorts;
        this.access = access;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /** The cohorts whose boards the person reads as a member or tutor, latest first. */
    @Transactional(readOnly = true)
    public List<Cohort> cohortsOf(CampusUser user) {
        List<Long> seated = enrolments.ofPerson(user.id()).stream().filter(e -> e.status().holdsSeat())
                .map(EnrolmentView::id).toList();
        Set<Long> memberOf = seated.isEmpty() ? Set.of() : new HashSet<>(cohorts.cohortsOf(seated).values());
        return Stream.concat(memberOf.stream().map(cohorts::find).flatMap(java.util.Optional::stream),
                        cohorts.tutoredBy(user.id()).stream())
                .collect(Collectors.toMap(Cohort::id, c -> c, (a, b) -> a)).values().stream()
                .sorted(java.util.Comparator.comparing(Cohort::startsOn).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public BoardView.Board board(CampusUser user, long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        BoardAccess how = access.boardAccess(user, cohort);
        List<BoardThread> threads = board.threads(cohortId);
        return new BoardView.Board(cohort, how, closed(cohort), threads,
                names(threads.stream().map(BoardThread::authorId).toList()), new HashSet<>(cohorts.tutors(cohortId)));
    }

    @Transactional(readOnly = true)
    public BoardView.ThreadPage thread(CampusUser user, long cohortId, long threadId) {
        Cohort cohort = access.cohort(cohortId);
        BoardAccess how = access.boardAccess(user, cohort);
        BoardThread thread = threadOf(cohort, threadId);
        List<BoardReply> replies = board.replies(threadId);
        return new BoardView.ThreadPage(cohort, how, closed(cohort), thread, replies,
                names(Stream.concat(Stream.of(thread.authorId()), replies.stream().map(BoardReply::authorId)).toList()),
                new HashSet<>(cohorts.tutors(cohortId)));
    }

    /** Posts a thread; an announcement (tutors and staff only, else a plain thread) is mailed to every member. */
    public long post(CampusUser user, long cohortId, String title, String body, boolean announcement) {
        Cohort cohort = access.cohort(cohortId);
        BoardAccess how = access.boardAccess(user, cohort);
        boolean announcing = announcement && how.mayAnnounce();
        refuseWhenClosed(cohort);
        long threadId = board.addThread(cohortId, user.id(), title.trim(), body.strip(), announcing, OffsetDateTime.now(clock));
        if (announcing) {
            String author = name(user.id());
            for (PersonView member : currentMembers(cohort)) {
                if (member.id() != user.id()) {
                    mail.announcement(member, cohort, threadId, title.trim(), body.strip(), author);
                }
            }
        }
        return threadId;
    }

    /** Replies in a thread; its author is mailed, unless they are the one replying. */
    public long reply(CampusUser user, long cohortId, long threadId, String body) {
        Cohort cohort = access.cohort(cohortId);
        access.boardAccess(user, cohort);
        BoardThread thread = threadOf(cohort, threadId);
        refuseWhenClosed(cohort);
        long replyId = board.addReply(threadId, user.id(), body.strip(), OffsetDateTime.now(clock));
        if (thread.authorId() != user.id()) {
            accounts.find(thread.authorId()).ifPresent(author ->
                    mail.reply(author, cohort, threadId, thread.title(), body.strip(), name(user.id())));
        }
        return replyId;
    }

    private BoardThread threadOf(Cohort cohort, long threadId) {
        return board.thread(threadId).filter(t -> t.cohortId() == cohort.id())
                .orElseThrow(() -> new NotFound("thread " + threadId));
    }

    private boolean closed(Cohort cohort) {
        return cohort.closedOn(LocalDate.now(clock));
    }

    private void refuseWhenClosed(Cohort cohort) {
        if (closed(cohort)) {
            throw new FieldProblem("body", "board.closed", cohort.endsOn().toString());
        }
    }

    /** Members who still hold a seat; those who withdrew no longer hear from the cohort. */
    private Collection<PersonView> currentMembers(Cohort cohort) {
        Set<Long> memberIds = new HashSet<>(cohorts.members(cohort.id()));
        List<Long> persons = enrolments.ofActivity(cohort.activityId()).stream()
                .filter(e -> memberIds.contains(e.id()) && e.status().holdsSeat()).map(EnrolmentView::personId).toList();
        return accounts.findAll(persons).values();
    }

    private Map<Long, String> names(List<Long> personIds) {
        return accounts.findAll(Set.copyOf(personIds)).values().stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::fullName));
    }

    private String name(long personId) {
        return accounts.find(personId).map(PersonView::fullName).orElse("");
    }
}
