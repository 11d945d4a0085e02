package org.dateline.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for requests under {@code /api/} that reach no API controller (an unknown path, also one the
 * site's legacy redirects would take, a method the path does not take, a media type it cannot produce): {@link ApiProblems} only sees failures of a controller, and
 * the site would answer these with an HTML page.
 */
@Component
class ApiFallbackProblems implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    ApiFallbackProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        // Before Spring's own resolvers, after the error attributes (which only record the exception).
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")
                || (handler instanceof HandlerMethod method
                        && method.getBeanType().getPackageName().equals(ApiProblems.class.getPackageName()))) {
            return null;
        }
        ProblemDetail problem;
        if (e instanceof HttpRequestMethodNotSupportedException notSupported) {
            Set<String> allowed =
                    notSupported.getSupportedMethods() == null ? Set.of() : Set.of(notSupported.getSupportedMethods());
            problem = ApiProblems.problem(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    request.getMethod() + " is not allowed on " + path
                            + (allowed.isEmpty() ? "" : "; it takes " + String.join(", ", allowed)),
                    request);
            if (!allowed.isEmpty()) {
                response.setHeader("Allow", String.join(", ", allowed));
            }
        } else if (e instanceof NoResourceFoundException
                || (e instanceof ResponseStatusException status && status.getStatusCode() == HttpStatus.NOT_FOUND)) {
            problem = ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "The API has no endpoint " + path + "; see /api/v1/openapi.json", request);
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            problem = ApiProblems.problem(
                    HttpStatus.NOT_ACCEPTABLE, "The API answers in JSON only (application/json)", request);
        } else {
            return null;
        }
        try {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Cache-Control", "no-store");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", problem.getInstance().toString());
            json.writeValue(response.getOutputStream(), body);
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }
}
