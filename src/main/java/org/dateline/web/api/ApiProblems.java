package org.dateline.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.dateline.search.InvalidSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API controller (any controller in this package, also those added later) as an RFC 9457
 * {@code application/problem+json} answer whose {@code detail} says what to change; a bad parameter is named in
 * {@code parameter}. Problems are never cached.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String PARAMETER = "parameter";
    /** RFC 9457's type for a problem that is no more than its HTTP status (explained by {@code detail}). */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Object> badParameter(BadParameter e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
        problem.setProperty(PARAMETER, e.parameter());
        return answer(problem);
    }

    @ExceptionHandler(InvalidSearch.class)
    ResponseEntity<Object> invalidSearch(InvalidSearch e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), request);
        e.parameter().ifPresent(parameter -> problem.setProperty(PARAMETER, parameter));
        return answer(problem);
    }

    @ExceptionHandler(ApiNotFound.class)
    ResponseEntity<Object> notFound(ApiNotFound e, HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        return answer(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer; the failure is logged. Try again later.",
                request));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The value " + e.getValue() + " of " + name + " cannot be read");
        problem.setProperty(PARAMETER, name);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Spring's own failures (method not allowed, not acceptable, ...) as problems too, never cached. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, status, request);
        if (entity == null) {
            return null;
        }
        if (entity.getBody() instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        HttpHeaders changed = new HttpHeaders();
        changed.putAll(entity.getHeaders());
        changed.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        changed.setCacheControl(CacheControl.noStore());
        return new ResponseEntity<>(entity.getBody(), changed, entity.getStatusCode());
    }

    static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(problem);
    }
}
