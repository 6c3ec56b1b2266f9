package org.plenary.process;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A phase of a process (consultations, stocktaking, intergovernmental negotiations, adoption).
 */
@Entity
class Phase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Process process;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Version
    private long version;

    protected Phase() {}

    Phase(Process process, String name, LocalDate startsOn, LocalDate endsOn) {
        this.process = process;
        update(name, startsOn, endsOn);
    }

    void update(String name, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new RuleException("endsOn", "calendar.dates.order");
        }
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    Long getId() {
        return this.id;
    }

    Process getProcess() {
        return this.process;
    }

    String getName() {
        return this.name;
    }

    LocalDate getStartsOn() {
        return this.startsOn;
    }

    LocalDate getEndsOn() {
        return this.endsOn;
    }

    long getVersion() {
        return this.version;
    }
}
