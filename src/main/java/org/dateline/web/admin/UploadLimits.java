package org.dateline.web.admin;

import jakarta.servlet.MultipartConfigElement;
import org.dateline.media.MediaLibrary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web server's limit on uploads follows the media settings ({@code dateline.media.max-image-size} and
 * {@code max-document-size}): twice the larger of the two, so that a file somewhat over its kind's limit still
 * reaches the media library, which refuses it with a message naming the limit. Tomcat cuts off a request over the
 * server's limit with a bare 413, so the media page's script refuses such files before sending them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadLimits {

    private static final long MEGABYTE = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MediaLibrary library) {
        long largest = library.largestUpload().toBytes();
        return new MultipartConfigElement("", 2 * largest, 2 * largest + MEGABYTE, (int) MEGABYTE);
    }
}
