package org.dateline.web.admin;

/** The signed-in account may not take this action or see this item; answered with 403. */
class NotPermitted extends RuntimeException {

    NotPermitted() {
        super("Not permitted");
    }
}
