package org.plenary.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A person's or a script's account. Only the password's hash is stored.
 */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Account() {}

    Account(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    void update(String displayName, Role role, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
    }

    /**
     * An administrator's edit. Administrators cannot demote or disable themselves: that could leave nobody able to
     * administer, and is never what a self-edit means.
     */
    void administer(String editor, String displayName, Role role, boolean enabled) {
        if (this.username.equalsIgnoreCase(editor)) {
            if (role != Role.ADMIN) {
                throw new RuleException("role", "admin.account.self.demote");
            }
            if (!enabled) {
                throw new RuleException("enabled", "admin.account.self.disable");
            }
        }
        update(displayName, role, enabled);
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Long getId() {
        return this.id;
    }

    String getUsername() {
        return this.username;
    }

    String getDisplayName() {
        return this.displayName;
    }

    String getPasswordHash() {
        return this.passwordHash;
    }

    Role getRole() {
        return this.role;
    }

    boolean isEnabled() {
        return this.enabled;
    }

    Instant getCreatedAt() {
        return this.createdAt;
    }

    long getVersion() {
        return this.version;
    }
}
