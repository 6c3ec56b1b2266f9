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

/**
 * One day of a round.
 */
@Entity
class RoundDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Round round;

    private LocalDate day;

    @Version
    private long version;

    @OneToMany(mappedBy = "roundDay")
    @OrderBy("startsAt")
    private List<Meeting> meetings = new ArrayList<>();

    protected RoundDay() {}

    RoundDay(Round round, LocalDate day) {
        this.round = round;
        this.day = day;
    }

    Long getId() {
        return this.id;
    }

    Round getRound() {
        return this.round;
    }

    LocalDate getDay() {
        return this.day;
    }

    long getVersion() {
        return this.version;
    }

    List<Meeting> getMeetings() {
        return this.meetings;
    }
}
