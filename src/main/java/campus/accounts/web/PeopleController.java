package campus.accounts.web;

import campus.accounts.CampusUser;
import campus.accounts.internal.AccountService;
import campus.shared.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find people and manage their roles; only administrators grant or take the administrator role. */
@Controller
class PeopleController {

    private final AccountService accounts;

    PeopleController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/staff/people")
    String people(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", accounts.search(q));
        model.addAttribute("roles", Arrays.stream(Role.values()).toList());
        return "accounts/people";
    }

    @PostMapping("/staff/people/{id}/roles")
    String setRoles(@AuthenticationPrincipal CampusUser staff, @PathVariable long id,
                    @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String q) {
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(r -> Arrays.stream(Role.values()).anyMatch(x -> x.code().equals(r)))
                    .map(Role::of).forEach(wanted::add);
        }
        Set<Role> current = accounts.find(id).map(p -> p.roles()).orElse(Set.of());
        boolean touchesAdministrator = wanted.contains(Role.ADMINISTRATOR) != current.contains(Role.ADMINISTRATOR);
        if (touchesAdministrator && !staff.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("only administrators grant the administrator role");
        }
        accounts.setRoles(id, wanted);
        return "redirect:/staff/people?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
