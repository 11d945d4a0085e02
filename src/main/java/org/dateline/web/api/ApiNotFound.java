package org.dateline.web.api;

/** What a request asked for does not exist, or is not public; the message says what was looked for. */
class ApiNotFound extends RuntimeException {

    ApiNotFound(String message) {
        super(message);
    }
}
