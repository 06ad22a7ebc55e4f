package campus.credentials.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The pseudonymous first-party id of a visitor to public credential pages: 128 random bits in a
 * cookie sent only to /credentials, so that views by the same browser count as one viewer. The id
 * itself is never stored; only its peppered hash is (ViewerHash).
 */
final class ViewerCookie {

    static final String NAME = "campus_viewer";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Duration LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ViewerCookie() {
    }

    /** The visitor's id from their cookie, or a new one set on the response (a malformed cookie is replaced). */
    static String id(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && WELL_FORMED.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ResponseCookie cookie = ResponseCookie.from(NAME, id).path("/credentials").maxAge(LIFETIME).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return id;
    }
}
