package dev.letterpress.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes before a page sees it: the access token, the Host header (no DNS
 * rebinding of a loopback server), the CSRF token of state-changing requests, the size of the body,
 * and the security headers on every response.
 */
final class Guard {
    static final String TOKEN_COOKIE = "lp_token";
    static final String CSRF_COOKIE = "lp_csrf";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String token;
    private final boolean loopback;
    private final long maxRequestBytes;

    Guard(String token, String host, long maxRequestBytes) {
        this.token = token;
        this.loopback = isLoopback(host);
        this.maxRequestBytes = maxRequestBytes;
    }

    /** A fresh random secret: 32 bytes, URL-safe Base64 without padding. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Runs before every handler; answers 401, 403, 400 or 413 itself and stops the request. */
    void check(Context ctx) {
        secureHeaders(ctx);
        if (token == null && loopback && !loopbackHost(ctx.header("Host"))) {
            deny(ctx, 400, "This server answers only on its loopback address (localhost or 127.0.0.1).");
            return;
        }
        if (token != null && !hasToken(ctx)) {
            deny(ctx, 401, "Open the link with the access token that 'letterpress serve' printed.");
            return;
        }
        String length = ctx.header("Content-Length");
        if (length != null && parseLong(length) > maxRequestBytes) {
            deny(ctx, 413, "The upload is larger than " + Sizes.describe(maxRequestBytes) + ".");
            return;
        }
        if (csrfCookie(ctx) == null) {
            String fresh = randomToken();
            ctx.attribute(CSRF_COOKIE, fresh);
            ctx.cookie(cookie(CSRF_COOKIE, fresh));
        }
    }

    /**
     * Checks the CSRF token of a state-changing request (double submit: the form field or header
     * must equal the cookie) and that a browser's Origin, when sent, is this server.
     *
     * @return true when the request may go on; otherwise it was answered with 403
     */
    boolean checkCsrf(Context ctx, String submitted) {
        String cookie = ctx.cookie(CSRF_COOKIE);
        String sent = submitted != null ? submitted : ctx.header(CSRF_HEADER);
        if (cookie == null || sent == null || !same(cookie, sent)) {
            deny(ctx, 403, "The form has expired or did not come from this app; reload the page and try again.");
            return false;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && host != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)) {
            deny(ctx, 403, "The request came from another site (" + origin + ").");
            return false;
        }
        return true;
    }

    /** The CSRF token for the page being rendered: the cookie's, or the one this request just set. */
    static String csrfToken(Context ctx) {
        String value = csrfCookie(ctx);
        if (value == null) {
            throw new IllegalStateException("Guard.check did not run for " + ctx.path());
        }
        return value;
    }

    private static String csrfCookie(Context ctx) {
        String set = ctx.attribute(CSRF_COOKIE);
        if (set != null) {
            return set;
        }
        String value = ctx.cookie(CSRF_COOKIE);
        if (value != null && value.matches("[A-Za-z0-9_-]{43}")) {
            return value;
        }
        return null;
    }

    private boolean hasToken(Context ctx) {
        String query = ctx.queryParam("token");
        if (query != null && same(token, query)) {
            ctx.cookie(cookie(TOKEN_COOKIE, token));
            return true;
        }
        String cookie = ctx.cookie(TOKEN_COOKIE);
        if (cookie != null && same(token, cookie)) {
            return true;
        }
        String authorization = ctx.header("Authorization");
        return authorization != null
                && authorization.startsWith("Bearer ")
                && same(token, authorization.substring("Bearer ".length()));
    }

    private static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(h);
    }

    static void secureHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private static Cookie cookie(String name, String value) {
        return new Cookie(name, value, "/", -1, false, true, null, SameSite.STRICT);
    }

    private static void deny(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
        ctx.skipRemainingHandlers();
    }

    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
