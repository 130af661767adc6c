package id.suara.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Bahasa Indonesia unless the client asks for English. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(INDONESIAN, Locale.ENGLISH));
        resolver.setDefaultLocale(INDONESIAN);
        return resolver;
    }
}
