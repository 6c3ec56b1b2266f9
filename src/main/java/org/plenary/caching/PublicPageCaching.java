package org.plenary.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Conditional GET for the public pages. For an anonymous reader: a weak ETag from the data version, the URL with its
 * query, "today" (the default "as of" date), the locale and the release; a matching If-None-Match answers 304 before
 * the controller runs (one query in all), and {@code Cache-Control: public, no-cache} lets a shared cache or CDN keep
 * the page and revalidate it. A signed-in reader sees more (evidence from confidential notes), so gets no ETag and
 * {@code private, no-store}. {@code Vary: Cookie, Authorization} keeps a shared cache from handing an anonymous copy
 * to someone signed in.
 */
class PublicPageCaching implements HandlerInterceptor {

    /** The public pages and API reads whose content comes from the database only. */
    static final List<String> PATHS = List.of(
            "/processes/*/issues/*/lineup",
            "/processes/*/issues/*/map.svg",
            "/processes/*/matrix",
            "/processes/*/matrix.csv",
            "/processes/*/feed.atom",
            "/processes/*/tags/*/feed.atom",
            "/actors/*/feed.atom",
            "/api/v1/processes",
            "/api/v1/processes/*/issues",
            "/api/v1/processes/*/issues/*/lineup",
            "/api/v1/actors/*/positions");

    static final String PUBLIC = "public, no-cache";

    static final String PRIVATE = "private, no-store";

    private final DataVersion version;

    private final ReleaseFingerprint release;

    private final Clock clock;

    PublicPageCaching(DataVersion version, ReleaseFingerprint release, Clock clock) {
        this.version = version;
        this.release = release;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        response.addHeader(HttpHeaders.VARY, "Cookie, Authorization");
        if (signedIn()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            return true;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
        return !new ServletWebRequest(request, response).checkNotModified(etag(request));
    }

    private String etag(HttpServletRequest request) {
        String query = request.getQueryString();
        String identity = this.version.current() + "|" + request.getRequestURI() + "?" + ((query != null) ? query : "")
                + "|" + LocalDate.now(this.clock) + "|" + LocaleContextHolder.getLocale() + "|" + this.release.value();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
