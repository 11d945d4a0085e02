package org.dateline.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The languages the site is written in: those it has messages for, English so far. A browser asking for another
 * language (Accept-Language) gets the site's own, so that no page mixes English text with dates in another language
 * or labels English text {@code lang="fr"}, and every reader of an address gets the same page, as its validator says.
 */
@Configuration(proxyBeanMethods = false)
class SiteLanguages {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(SUPPORTED.get(0));
        return resolver;
    }
}
