package org.dateline.web.site;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the public site's conditional GET into Spring MVC, and its error page into every client's error dispatch. */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration implements WebMvcConfigurer {

    private final PageValidators validators;

    SiteConfiguration(PageValidators validators) {
        this.validators = validators;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(validators);
    }

    @Bean
    FilterRegistrationBean<HtmlErrorsForAnyClient> htmlErrorsForAnyClient() {
        FilterRegistrationBean<HtmlErrorsForAnyClient> registration =
                new FilterRegistrationBean<>(new HtmlErrorsForAnyClient());
        registration.setDispatcherTypes(HtmlErrorsForAnyClient.DISPATCH);
        registration.setName("htmlErrorsForAnyClient");
        return registration;
    }
}
