package org.plenary.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * One negotiation, such as the Global Compact for Migration, identified in URLs by its slug.
 */
@Entity
public class Process {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "process")
    @OrderBy("startsOn")
    private List<Phase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "process")
    @OrderBy("startsOn")
    private List<Round> rounds = new ArrayList<>();

    protected Process() {}

    public Process(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public void describe(String name, String description, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleException("endsOn", "process.dates.order");
        }
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public String getName() {
        return this.name;
    }

    public String getDescription() {
        return this.description;
    }

    public LocalDate getStartsOn() {
        return this.startsOn;
    }

    public LocalDate getEndsOn() {
        return this.endsOn;
    }

    public long getVersion() {
        return this.version;
    }

    List<Phase> getPhases() {
        return this.phases;
    }

    List<Round> getRounds() {
        return this.rounds;
    }
}
