package org.plenary.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password checking behind the {@link LoginThrottle}, for form login and HTTP Basic alike: a locked username (at
 * that address) or address is refused before its password is even checked; every other attempt is counted as it
 * fails or forgiven as it succeeds.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;

    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
        // Refused without counting: a locked owner who tries again does not lengthen the lock.
        if (this.throttle.isLocked(username, address)) {
            throw new LockedException("Too many failed logins");
        }
        try {
            Authentication authenticated = this.passwords.authenticate(attempt);
            this.throttle.succeeded(username, address);
            return authenticated;
        } catch (AuthenticationException ex) {
            this.throttle.failed(username, address);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return this.passwords.supports(authentication);
    }
}
