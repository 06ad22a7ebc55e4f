package campus.learning.web;

import campus.accounts.CampusUser;
import campus.learning.internal.BoardService;
import campus.learning.internal.BoardView;
import campus.shared.FieldProblem;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cohort's discussion board: threads, replies and announcements, readable without JavaScript. */
@Controller
class BoardController {

    private final BoardService boards;

    BoardController(BoardService boards) {
        this.boards = boards;
    }

    @GetMapping("/learning/cohorts")
    String mine(@AuthenticationPrincipal CampusUser user, Model model) {
        model.addAttribute("cohorts", boards.cohortsOf(user));
        return "learning/board-mine";
    }

    @GetMapping("/learning/cohorts/{cohortId}")
    String board(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId, Model model) {
        model.addAttribute("form", new ThreadForm());
        return boardPage(user, cohortId, model);
    }

    @PostMapping("/learning/cohorts/{cohortId}/threads")
    String post(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId,
                @Valid @ModelAttribute("form") ThreadForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long threadId = boards.post(user, cohortId, form.title, form.body, Boolean.TRUE.equals(form.announcement));
                redirect.addFlashAttribute("posted", true);
                return "redirect:/learning/cohorts/" + cohortId + "/threads/" + threadId;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
                model.addAttribute("refused", true);
            }
        }
        return boardPage(user, cohortId, model);
    }

    @GetMapping("/learning/cohorts/{cohortId}/threads/{threadId}")
    String thread(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId, @PathVariable long threadId,
                  Model model) {
        model.addAttribute("form", new ReplyForm());
        return threadPage(user, cohortId, threadId, model);
    }

    @PostMapping("/learning/cohorts/{cohortId}/threads/{threadId}/replies")
    String reply(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId, @PathVariable long threadId,
                 @Valid @ModelAttribute("form") ReplyForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long replyId = boards.reply(user, cohortId, threadId, form.body);
                redirect.addFlashAttribute("posted", true);
                return "redirect:/learning/cohorts/" + cohortId + "/threads/" + threadId + "#reply-" + replyId;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
                model.addAttribute("refused", true);
            }
        }
        return threadPage(user, cohortId, threadId, model);
    }

    private String boardPage(CampusUser user, long cohortId, Model model) {
        BoardView.Board board = boards.board(user, cohortId);
        model.addAttribute("board", board);
        return "learning/board-threads";
    }

    private String threadPage(CampusUser user, long cohortId, long threadId, Model model) {
        model.addAttribute("page", boards.thread(user, cohortId, threadId));
        return "learning/board-thread";
    }
}
