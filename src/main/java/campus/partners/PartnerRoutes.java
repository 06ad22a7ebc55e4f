package campus.partners;

import campus.accounts.CampusUser;
import campus.catalogue.CatalogueApi;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may reach a partner-scoped route: the Centre's staff everywhere, a partner's administrators only
 * where the activity or space is their partner's. A refusal looks the same whether the id exists or not
 * (403), so guessing ids tells nothing. The security configuration passes in its own rule for staff, so
 * the role hierarchy stays in one place.
 */
@Component
public class PartnerRoutes {

    private final PartnersApi partners;
    private final CatalogueApi catalogue;

    PartnerRoutes(PartnersApi partners, CatalogueApi catalogue) {
        this.partners = partners;
        this.catalogue = catalogue;
    }

    /** Routes with an activity id in the path variable "id" or "activityId". */
    public AuthorizationManager<RequestAuthorizationContext> activity(AuthorizationManager<RequestAuthorizationContext> staff) {
        return either(staff, (person, context) -> {
            Long activityId = number(context.getVariables().getOrDefault("id", context.getVariables().get("activityId")));
            return activityId != null && catalogue.find(activityId, "en")
                    .map(a -> a.partnerId() != null && partners.administers(person, a.partnerId())).orElse(false);
        });
    }

    /** Creating an activity: staff for the Centre or any partner, a partner's administrators with ?partner= their own. */
    public AuthorizationManager<RequestAuthorizationContext> newActivity(AuthorizationManager<RequestAuthorizationContext> staff) {
        return either(staff, (person, context) -> {
            Long partnerId = number(context.getRequest().getParameter("partner"));
            return partnerId != null && partners.administers(person, partnerId);
        });
    }

    /** A space's administration pages, with the slug in the path variable "slug". */
    public AuthorizationManager<RequestAuthorizationContext> space(AuthorizationManager<RequestAuthorizationContext> staff) {
        return either(staff, (person, context) -> partners.findBySlug(context.getVariables().get("slug"))
                .map(p -> partners.administers(person, p.id())).orElse(false));
    }

    private static AuthorizationManager<RequestAuthorizationContext> either(
            AuthorizationManager<RequestAuthorizationContext> staff, PersonRule rule) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                AuthorizationResult asStaff = staff.authorize(authentication, context);
                if (asStaff != null && asStaff.isGranted()) {
                    return asStaff;
                }
                Authentication who = authentication.get();
                boolean granted = who != null && who.getPrincipal() instanceof CampusUser user && rule.allows(user.id(), context);
                return new AuthorizationDecision(granted);
            }
        };
    }

    private static Long number(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }

    @FunctionalInterface
    private interface PersonRule {
        boolean allows(long personId, RequestAuthorizationContext context);
    }
}
