package org.plenary.process;

import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * A meeting within a day. Under the Chatham House rule what was said may be used, but not who said it.
 */
@Entity
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RoundDay roundDay;

    private String title;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private LocalTime startsAt;

    private LocalTime endsAt;

    private boolean chathamHouse;

    @Version
    private long version;

    protected Meeting() {}

    Meeting(
            RoundDay roundDay,
            String title,
            MeetingKind kind,
            LocalTime startsAt,
            LocalTime endsAt,
            boolean chathamHouse) {
        this.roundDay = roundDay;
        update(title, kind, startsAt, endsAt, chathamHouse);
    }

    void update(String title, MeetingKind kind, LocalTime startsAt, LocalTime endsAt, boolean chathamHouse) {
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            throw new RuleException("endsAt", "meeting.times.order");
        }
        this.title = title;
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.chathamHouse = chathamHouse;
    }

    Long getId() {
        return this.id;
    }

    RoundDay getRoundDay() {
        return this.roundDay;
    }

    String getTitle() {
        return this.title;
    }

    MeetingKind getKind() {
        return this.kind;
    }

    LocalTime getStartsAt() {
        return this.startsAt;
    }

    LocalTime getEndsAt() {
        return this.endsAt;
    }

    boolean isChathamHouse() {
        return this.chathamHouse;
    }

    long getVersion() {
        return this.version;
    }
}
