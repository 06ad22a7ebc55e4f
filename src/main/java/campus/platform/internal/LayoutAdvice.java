package campus.platform.internal;

import campus.accounts.CampusUser;
import campus.shared.LanguageCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the signed-in person and the language switch links. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentUser")
    CampusUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CampusUser user ? user : null;
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return LanguageCode.of(locale).code();
    }

    /** The same page in each language: the current address with ?lang= set, so it works without JavaScript. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String code : LanguageCode.codes()) {
            String query = request.getQueryString();
            links.put(code, UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
                    .replaceQueryParam("lang", code).build().toUriString());
        }
        return links;
    }
}
