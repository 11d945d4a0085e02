package org.dateline.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's HTTP behaviour: any web page may read it (CORS for GET and HEAD, no credentials), and every successful
 * answer carries an ETag computed from its body, so a client's If-None-Match is answered with 304.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .allowedHeaders("*")
                .exposedHeaders("ETag", "Content-Location")
                .allowCredentials(false)
                .maxAge(86_400);
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            // Spring tags GET only; a HEAD answers with the headers its GET would have.
            @Override
            protected boolean isEligibleForEtag(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    int responseStatusCode,
                    InputStream inputStream) {
                return super.isEligibleForEtag(request, response, responseStatusCode, inputStream)
                        || ("HEAD".equals(request.getMethod())
                                && responseStatusCode >= 200
                                && responseStatusCode < 300
                                && response.getHeader(HttpHeaders.ETAG) == null);
            }
        };
        // Weak, because the server may compress the response, and Tomcat compresses none with a strong ETag.
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtags");
        return registration;
    }
}
