package org.dateline.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.dateline.security.Account;
import org.dateline.security.Accounts;
import org.dateline.security.SignedInAccount;
import org.dateline.web.Messages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the frame of a back-office page and resolves the signed-in account as it is stored now. */
@Component
class AdminFrames {

    private final MessageSource messageSource;
    private final Accounts accounts;

    AdminFrames(MessageSource messageSource, Accounts accounts) {
        this.messageSource = messageSource;
        this.accounts = accounts;
    }

    /**
     * The signed-in account with its current grants.
     *
     * @throws ResponseStatusException 403 when it has been disabled since signing in
     */
    Account current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount principal)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return accounts.findById(principal.accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    AdminFrame forRequest(HttpServletRequest request, Account account) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new AdminFrame(
                messages(request),
                account == null ? null : account.username(),
                account != null && account.admin(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                request.getRequestURI());
    }

    Messages messages(HttpServletRequest request) {
        return new Messages(messageSource, RequestContextUtils.getLocale(request));
    }
}
