package org.plenary.security;

import java.time.Instant;

/** An account as the admin list shows it. */
public record AccountRow(Long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {}
