package org.dateline.web.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Makes the site's error page the answer to a client that takes anything ({@code Accept: *}{@code /*} or no Accept:
 * curl, wget, link checkers), as it is for a browser; Spring Boot answers those with its own JSON. Only on the error
 * dispatch of an address outside {@code /api/}, whose errors are problem details; a client that names JSON still
 * gets JSON.
 */
class HtmlErrorsForAnyClient extends GenericFilterBean {

    static final DispatcherType DISPATCH = DispatcherType.ERROR;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && takesAnything(http) && !fromApi(http)) {
            chain.doFilter(new AskingForHtml(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean takesAnything(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isBlank() || accept.strip().equals(MediaType.ALL_VALUE);
    }

    private static boolean fromApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith("/api/");
    }

    private static final class AskingForHtml extends HttpServletRequestWrapper {

        AskingForHtml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE))
                    : super.getHeaders(name);
        }
    }
}
