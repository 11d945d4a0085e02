package org.dateline.web.admin;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.media.MediaLibrary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The web server's limit on uploads follows the media settings ({@code dateline.media.max-image-size} and
 * {@code max-document-size}): twice the larger of the two, so that a file somewhat over its kind's limit still
 * reaches the media library, which refuses it with a message naming the limit. A request over the server's limit
 * goes back to the item's media page with that message rather than a bare 413.
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

    /** Multipart parsing fails before any controller is chosen, so this advice is not limited to the back office. */
    @ControllerAdvice
    static class TooLarge {

        private static final Pattern MEDIA_PAGE = Pattern.compile("^/admin/items/([0-9a-fA-F-]{36})/media$");

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<?> tooLarge(HttpServletRequest request) {
            Matcher media = MEDIA_PAGE.matcher(request.getRequestURI());
            if (media.matches()) {
                return ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(
                                "/admin/items/" + media.group(1) + "/media?" + ItemMediaController.TOO_LARGE))
                        .build();
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, "The request is larger than this server accepts.");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
    }
}
