package campus.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import campus.shared.LanguageCode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: the visitor's choice (?lang=fr, kept in a cookie) or else their browser's
 * Accept-Language among English, French and Spanish.
 */
@Configuration
@ConditionalOnWebApplication
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = Arrays.stream(LanguageCode.values()).map(LanguageCode::locale).toList();

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("campus_lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale preferred = request.getLocales().hasMoreElements() ? negotiate(request.getLocales()) : Locale.ENGLISH;
            return preferred;
        });
        return resolver;
    }

    private static Locale negotiate(java.util.Enumeration<Locale> wanted) {
        while (wanted.hasMoreElements()) {
            Locale locale = wanted.nextElement();
            var match = LanguageCode.find(locale.getLanguage());
            if (match.isPresent()) {
                return match.get().locale();
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                // only the three languages we have bundles for; anything else is ignored
                String lang = request.getParameter("lang");
                if (lang != null && LanguageCode.find(lang).isEmpty()) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
