package org.plenary.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A round (session) of a process, such as round 2 of the negotiations, 12-15 March 2018 in New York.
 */
@Entity
class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Process process;

    private String name;

    private String location;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "round")
    @OrderBy("day")
    private List<RoundDay> days = new ArrayList<>();

    protected Round() {}

    Round(Process process, String name, String location, LocalDate startsOn, LocalDate endsOn) {
        this.process = process;
        update(name, location, startsOn, endsOn);
    }

    void update(String name, String location, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new RuleException("endsOn", "calendar.dates.order");
        }
        for (RoundDay day : this.days) {
            if (day.getDay().isBefore(startsOn) || day.getDay().isAfter(endsOn)) {
                throw new RuleException("endsOn", "round.days.outside");
            }
        }
        this.name = name;
        this.location = location;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** A day of this round; the round refuses a date outside its own range, or one it already has. */
    RoundDay addDay(LocalDate date) {
        if (date.isBefore(this.startsOn) || date.isAfter(this.endsOn)) {
            throw new RuleException("day", "round.day.outside");
        }
        if (this.days.stream().anyMatch(d -> d.getDay().equals(date))) {
            throw new RuleException("day", "round.day.duplicate");
        }
        RoundDay day = new RoundDay(this, date);
        this.days.add(day);
        return day;
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

    String getLocation() {
        return this.location;
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

    List<RoundDay> getDays() {
        return this.days;
    }
}
