package org.plenary.positions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * One of an issue's stances, in the issue's order (its rank), with a short key and a colour for columns and maps.
 */
@Entity
class StanceOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Issue issue;

    @Column(name = "option_key")
    private String key;

    private String label;

    private String colour;

    // Reordering does not make an open label or colour edit stale: a move is a swap that loses nothing.
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private int rank;

    @Version
    private long version;

    protected StanceOption() {}

    StanceOption(Issue issue, String key, String label, String colour, int rank) {
        this.issue = issue;
        this.key = key;
        this.rank = rank;
        relabel(label, colour);
    }

    /** A new label and colour; the key stays, since the API and imports name the stance by it. */
    void relabel(String label, String colour) {
        if (label == null || label.isBlank()) {
            throw new RuleException("label", "option.label.required");
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new RuleException("colour", "option.colour");
        }
        this.label = label.strip();
        this.colour = colour.toLowerCase(java.util.Locale.ROOT);
    }

    void rankAt(int rank) {
        this.rank = rank;
    }

    Long getId() {
        return this.id;
    }

    String getKey() {
        return this.key;
    }

    String getLabel() {
        return this.label;
    }

    int getRank() {
        return this.rank;
    }

    String getColour() {
        return this.colour;
    }

    long getVersion() {
        return this.version;
    }
}
