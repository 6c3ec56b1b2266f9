package org.plenary.audit;

import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Tells the database who is writing and for which request, at the start of every read-write transaction, so that the
 * audit triggers (migration V50) record it with each change: {@code plenary.user}, {@code plenary.request} (one id per
 * HTTP request, however many transactions it runs: the audit page groups by it) and {@code plenary.correlation} (the
 * id in the log and on error pages). The settings are local to the transaction, so a pooled connection never carries
 * them to the next user. Read-only transactions pay nothing. Boot registers this listener with the transaction
 * manager.
 */
@Component
class AuditContext implements TransactionExecutionListener {

    private static final String REQUEST_ATTRIBUTE = AuditContext.class.getName() + ".request";

    private static final String SET = """
			select set_config('plenary.user', :user, true), set_config('plenary.request', :request, true),
			       set_config('plenary.correlation', :correlation, true)
			""";

    private final JdbcClient jdbc;

    AuditContext(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        this.jdbc
                .sql(SET)
                .param("user", user(request != null))
                .param("request", (request != null) ? requestId(request) : "")
                .param("correlation", (MDC.get("cid") != null) ? MDC.get("cid") : "")
                .query((rs, n) -> n)
                .list();
    }

    private static String requestId(RequestAttributes request) {
        Object id = request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(REQUEST_ATTRIBUTE, id, RequestAttributes.SCOPE_REQUEST);
        }
        return id.toString();
    }

    private static String user(boolean inRequest) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return inRequest ? "anonymous" : "system";
        }
        return authentication.getName();
    }
}
