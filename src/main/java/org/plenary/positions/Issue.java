package org.plenary.positions;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A contested question of a process ("the regular/irregular distinction") with its own ordered stance options.
 */
@Entity
class Issue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long processId;

    private String slug;

    private String title;

    private String description;

    private int sortOrder;

    private boolean archived;

    @Version
    private long version;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<StanceOption> options = new ArrayList<>();

    protected Issue() {}

    Issue(Long processId, String slug, String title, String description) {
        this.processId = processId;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    /** Hides the issue from the lists (issues, matrix, API); its line-up and positions stay, for history. */
    void archive() {
        this.archived = true;
    }

    /** Brings an archived issue back into the lists. */
    void restore() {
        this.archived = false;
    }

    boolean isArchived() {
        return this.archived;
    }

    /**
     * Refuses a new position on an archived issue: it keeps its line-up and positions for history, and takes no new
     * ones until it is restored (a correction of a recorded position stays possible).
     * @throws RuleException if the issue is archived
     */
    void requireOpenForNewPositions() {
        if (this.archived) {
            throw new RuleException(null, "position.issue.archived", this.title);
        }
    }

    /** Slugs and option keys: lowercase letters and digits, words joined by single hyphens. */
    static final String KEY_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Gives the issue a new title and description; the slug stays, since URLs and links use it. */
    void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** Adds a stance at the end of the issue's order, refusing a key the issue already has. */
    StanceOption addOption(String key, String label, String colour) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw new RuleException("key", "option.key.pattern");
        }
        if (this.options.stream().anyMatch((o) -> o.getKey().equals(key))) {
            throw new RuleException("key", "option.duplicate");
        }
        int rank = this.options.stream().mapToInt(StanceOption::getRank).max().orElse(-1) + 1;
        StanceOption option = new StanceOption(this, key, label, colour, rank);
        this.options.add(option);
        return option;
    }

    /** The option with this key, if the issue has it. */
    java.util.Optional<StanceOption> option(String key) {
        return this.options.stream().filter((o) -> o.getKey().equals(key)).findFirst();
    }

    /**
     * Moves an option one place earlier ({@code -1}) or later ({@code +1}) in the issue's order; at either end it
     * stays where it is.
     */
    void moveOption(StanceOption option, int step) {
        List<StanceOption> ordered = new ArrayList<>(this.options);
        ordered.sort(java.util.Comparator.comparingInt(StanceOption::getRank));
        int from = ordered.indexOf(option);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        renumber(ordered);
    }

    /**
     * Removes an option no position uses. Positions keep their stance, retracted ones too (history is kept), so an
     * option in use stays: the caller counts the positions that name it.
     */
    void removeOption(StanceOption option, long positionsUsingIt) {
        if (positionsUsingIt > 0) {
            throw new RuleException("option", "option.inUse");
        }
        List<StanceOption> ordered = new ArrayList<>(this.options);
        ordered.sort(java.util.Comparator.comparingInt(StanceOption::getRank));
        ordered.remove(option);
        this.options.remove(option);
        renumber(ordered);
    }

    private static void renumber(List<StanceOption> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).rankAt(i);
        }
    }

    /** Whether the option is one of this issue's: a position can only take a stance the issue offers. */
    boolean offers(StanceOption option) {
        return option != null && this.options.stream().anyMatch((o) -> o.getId().equals(option.getId()));
    }

    Long getId() {
        return this.id;
    }

    Long getProcessId() {
        return this.processId;
    }

    String getSlug() {
        return this.slug;
    }

    String getTitle() {
        return this.title;
    }

    String getDescription() {
        return this.description;
    }

    long getVersion() {
        return this.version;
    }

    List<StanceOption> getOptions() {
        return this.options;
    }
}
