package org.plenary.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A form sent after its session expired (no session, so no CSRF token to match, and nobody signed in) goes to the login
 * page, and after logging in back to the page the form was on (its same-origin {@code Referer}), where the browser-side
 * draft ({@code js/typed-text.js}) puts back what was typed. What was sent is not kept on the server: the form is shown
 * again rather than sent on the user's behalf after a login. Every other refusal is the usual 403 page.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    private final RequestCache afterLogin;

    ExpiredSessionHandler(RequestCache afterLogin) {
        this.afterLogin = afterLogin;
    }

    ExpiredSessionHandler() {
        this(new HttpSessionRequestCache());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod()) || signedIn()) {
            this.otherwise.handle(request, response, denied);
            return;
        }
        String formPage = formPage(request);
        if (formPage != null) {
            this.afterLogin.saveRequest(new PageRequest(request, formPage), response);
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    /**
     * The path and query of the page the form was sent from, if the {@code Referer} names a page of this application
     * (same host and port, not the login page); else {@code null}.
     */
    static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(referer.strip());
        } catch (URISyntaxException ex) {
            return null;
        }
        if (uri.getHost() != null
                && (!uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort())) {
            return null;
        }
        String path = uri.getRawPath();
        String context = request.getContextPath();
        if (path == null
                || !path.startsWith(context + "/")
                || path.startsWith(context + "/login")
                || path.startsWith(context + "/logout")) {
            return null;
        }
        return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request as a plain GET of the form's page, without what was sent (that stays in the browser's draft). */
    private static final class PageRequest extends HttpServletRequestWrapper {

        private final String path;

        private final String query;

        PageRequest(HttpServletRequest sent, String page) {
            super(sent);
            int mark = page.indexOf('?');
            this.path = (mark < 0) ? page : page.substring(0, mark);
            this.query = (mark < 0) ? null : page.substring(mark + 1);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return this.path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            if (!(("http".equals(getScheme()) && getServerPort() == 80)
                    || ("https".equals(getScheme()) && getServerPort() == 443))) {
                url.append(':').append(getServerPort());
            }
            return url.append(this.path);
        }

        @Override
        public String getServletPath() {
            return this.path.substring(getContextPath().length());
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return this.query;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
