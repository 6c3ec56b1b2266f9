package org.plenary.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing without handing an attacker a way to lock out a real user. Failures are counted per
 * username typed at one client address ({@value #ACCOUNT}: five in a window lock that username from that address
 * only, so its owner elsewhere still logs in) and per client address alone ({@value #ADDRESS}: against password
 * spraying, many usernames from one address). Counts live in PostgreSQL (table {@code login_failure}), so every
 * application node sees the same counts; expired rows are deleted as new failures arrive, which keeps the table to
 * the failures of one window. The client address is the one Tomcat reports: behind a reverse proxy, the address
 * the trusted proxy names in X-Forwarded-For ({@code server.tomcat.remoteip.internal-proxies}), never a header from
 * anyone else.
 */
@Component
class LoginThrottle {

    static final String ACCOUNT = "ACCOUNT";

    static final String ADDRESS = "ADDRESS";

    private static final int MAX_USERNAME = 100;

    private static final int MAX_ADDRESS = 64;

    private static final String PRUNE = """
			delete from login_failure
			where window_start < :windowStart and (locked_until is null or locked_until < :now)
			""";

    /** One more failure: a new window once the old one has passed, a lock once the count reaches the limit. */
    private static final String COUNT = """
			insert into login_failure (scope, address, username, failures, window_start, locked_until)
			select :scope, :address, :username, 1, :now, case when 1 >= :limit then cast(:lockedUntil as timestamptz) end
			where :scope = 'ADDRESS' or not exists (
			    select 1 from login_failure a
			    where a.scope = 'ADDRESS' and a.address = :address and a.locked_until > :now)
			on conflict (scope, address, username) do update set
			    failures = case when login_failure.window_start < :windowStart then 1 else login_failure.failures + 1 end,
			    window_start = case when login_failure.window_start < :windowStart then :now
			                        else login_failure.window_start end,
			    locked_until = case
			        when (case when login_failure.window_start < :windowStart then 1 else login_failure.failures + 1 end)
			             >= :limit then cast(:lockedUntil as timestamptz)
			        else login_failure.locked_until end
			""";

    private static final String LOCKED = """
			select exists (
			    select 1 from login_failure
			    where locked_until > :now and address = :address
			      and (scope = 'ADDRESS' or (scope = 'ACCOUNT' and username = :username)))
			""";

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxPerAccount;

    private final int maxPerAddress;

    private final Duration window;

    private final Duration lock;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${plenary.login.max-failures:5}") int maxPerAccount,
            @Value("${plenary.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${plenary.login.window:15m}") Duration window,
            @Value("${plenary.login.lock:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lock = lock;
    }

    /** Whether logins as this username from this address are refused for now, whatever the password. */
    boolean isLocked(String username, String address) {
        return this.jdbc
                .sql(LOCKED)
                .param("now", timestamp(now()))
                .param("address", address(address))
                .param("username", username(username))
                .query(Boolean.class)
                .single();
    }

    /**
     * Counts a failed login against the address and, unless the address is already locked, against the username at
     * that address (so a locked address cannot fill the table with new usernames).
     */
    void failed(String username, String address) {
        Instant now = now();
        Timestamp windowStart = timestamp(now.minus(this.window));
        this.jdbc
                .sql(PRUNE)
                .param("windowStart", windowStart)
                .param("now", timestamp(now))
                .update();
        count(ADDRESS, address(address), "", this.maxPerAddress, now, windowStart);
        count(ACCOUNT, address(address), username(username), this.maxPerAccount, now, windowStart);
    }

    /** A successful login forgives that username's failures at that address (not the address's own count). */
    void succeeded(String username, String address) {
        this.jdbc
                .sql(
                        "delete from login_failure where scope = 'ACCOUNT' and address = :address and username = :username")
                .param("address", address(address))
                .param("username", username(username))
                .update();
    }

    private void count(String scope, String address, String username, int limit, Instant now, Timestamp windowStart) {
        this.jdbc
                .sql(COUNT)
                .param("scope", scope)
                .param("address", address)
                .param("username", username)
                .param("limit", limit)
                .param("now", timestamp(now))
                .param("windowStart", windowStart)
                .param("lockedUntil", timestamp(now.plus(this.lock)))
                .update();
    }

    /** The usernames locked at some address now, with the number of addresses (for the accounts admin). */
    List<LockedUsername> lockedUsernames() {
        return this.jdbc
                .sql("""
						select username, count(*) as addresses, max(locked_until) as until from login_failure
						where scope = 'ACCOUNT' and locked_until > :now group by username order by username
						""")
                .param("now", timestamp(now()))
                .query((rs, n) -> new LockedUsername(
                        rs.getString("username"),
                        rs.getInt("addresses"),
                        rs.getTimestamp("until").toInstant().atOffset(ZoneOffset.UTC)))
                .list();
    }

    /** Forgives every failure of this username, at every address; returns how many addresses were locked. */
    int unlock(String username) {
        int locked = this.jdbc
                .sql("""
						select count(*) from login_failure
						where scope = 'ACCOUNT' and username = :username and locked_until > :now
						""")
                .param("username", username(username))
                .param("now", timestamp(now()))
                .query(Integer.class)
                .single();
        this.jdbc
                .sql("delete from login_failure where scope = 'ACCOUNT' and username = :username")
                .param("username", username(username))
                .update();
        return locked;
    }

    /** A username locked from {@code addresses} client addresses, the last lock ending at {@code until}. */
    record LockedUsername(String username, int addresses, OffsetDateTime until) {}

    private Instant now() {
        return this.clock.instant();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    static String username(String username) {
        String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
        return (key.length() > MAX_USERNAME) ? key.substring(0, MAX_USERNAME) : key;
    }

    private static String address(String address) {
        String key = (address != null && !address.isBlank()) ? address.strip() : "unknown";
        return (key.length() > MAX_ADDRESS) ? key.substring(0, MAX_ADDRESS) : key;
    }
}
