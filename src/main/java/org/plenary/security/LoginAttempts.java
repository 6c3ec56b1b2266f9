package org.plenary.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, that username is locked until the window has passed, for form login and HTTP Basic alike.
 * A successful login clears the count. Kept in memory: a restart forgives, which is acceptable for a throttle.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = this.clock.instant();
        this.failures.compute(key(event.getAuthentication().getName()), (k, times) -> {
            Deque<Instant> recent = (times != null) ? times : new ArrayDeque<>();
            prune(recent, now);
            recent.addLast(now);
            return recent;
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        this.failures.remove(key(event.getAuthentication().getName()));
    }

    boolean isBlocked(String username) {
        Deque<Instant> times = this.failures.get(key(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, this.clock.instant());
            return times.size() >= MAX_FAILURES;
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
        }
    }

    private static String key(String username) {
        return (username != null) ? username.toLowerCase(Locale.ROOT) : "";
    }
}
