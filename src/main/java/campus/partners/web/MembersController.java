package campus.partners.web;

import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.partners.PartnerView;
import campus.partners.internal.InvitationReport;
import campus.partners.internal.MemberInvitations;
import campus.partners.internal.Membership;
import campus.partners.internal.PartnerService;
import campus.shared.CsvCells;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A space's members and pending invitations, the members' export and inviting people in bulk from a CSV file. */
@Controller
class MembersController {

    private final PartnerService partners;
    private final MemberInvitations invitations;
    private final AccountsApi accounts;

    MembersController(PartnerService partners, MemberInvitations invitations, AccountsApi accounts) {
        this.partners = partners;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /** A member as the page and the export show them; the name and email come from their account. */
    record Member(long personId, String name, String email, String role, OffsetDateTime joinedAt) {
    }

    @GetMapping("/p/{slug}/admin/members")
    String members(@PathVariable String slug, Model model) {
        return page(model, partner(slug));
    }

    @GetMapping("/p/{slug}/admin/members.csv")
    void export(@PathVariable String slug, HttpServletResponse response) throws IOException {
        PartnerView partner = partner(slug);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"members-" + partner.slug() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("name", "email", "role", "joined").get())) {
            for (Member m : members(partner)) {
                csv.printRecord(CsvCells.safe(m.name()), CsvCells.safe(m.email()), m.role(), m.joinedAt().toLocalDate());
            }
        }
    }

    @PostMapping("/p/{slug}/admin/members/{personId}/remove")
    String remove(@PathVariable String slug, @PathVariable long personId, RedirectAttributes redirect) {
        try {
            if (partners.removeMember(partner(slug).id(), personId)) {
                redirect.addFlashAttribute("removed", true);
            }
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/p/" + slug + "/admin/members";
    }

    /** The file if one was chosen, else the pasted text; the report replaces the page's notices. */
    @PostMapping("/p/{slug}/admin/members/invitations")
    String invite(@PathVariable String slug, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String csv, @AuthenticationPrincipal CampusUser user, Model model,
                  HttpServletResponse response) throws IOException {
        PartnerView partner = partner(slug);
        byte[] content;
        if (file != null && !file.isEmpty()) {
            // one byte past the limit is enough to refuse the file; a huge upload is never held in memory
            try (var in = file.getInputStream()) {
                content = in.readNBytes(MemberInvitations.FILE_LIMIT + 1);
            }
        } else {
            content = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
        }
        InvitationReport report = invitations.invite(partner.id(), user.displayName(), content);
        model.addAttribute("report", report);
        if (report.invited() == 0 && !report.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(model, partner);
    }

    private String page(Model model, PartnerView partner) {
        model.addAttribute("partner", partner);
        model.addAttribute("members", members(partner));
        model.addAttribute("pending", invitations.pending(partner.id()));
        return SpacePages.themed(model, partner, "partners/members");
    }

    private List<Member> members(PartnerView partner) {
        List<Membership> memberships = partners.members(partner.id());
        Map<Long, PersonView> people = accounts.findAll(memberships.stream().map(Membership::personId).toList());
        return memberships.stream().map(m -> {
            PersonView p = people.get(m.personId());
            return new Member(m.personId(), p == null ? "" : p.fullName(), p == null ? "" : p.email(), m.role(), m.joinedAt());
        }).toList();
    }

    private PartnerView partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("space " + slug));
    }
}
