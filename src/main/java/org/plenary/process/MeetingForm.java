package org.plenary.process;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A meeting of a day; the version matters only when editing. */
public record MeetingForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull MeetingKind kind,

        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime startsAt,

        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        LocalTime endsAt,

        boolean chathamHouse,
        long version) {

    static MeetingForm empty() {
        return new MeetingForm("", MeetingKind.PLENARY, null, null, false, 0);
    }

    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(
                meeting.getTitle(),
                meeting.getKind(),
                meeting.getStartsAt(),
                meeting.getEndsAt(),
                meeting.isChathamHouse(),
                meeting.getVersion());
    }

    MeetingForm withVersion(long version) {
        return new MeetingForm(this.title, this.kind, this.startsAt, this.endsAt, this.chathamHouse, version);
    }
}
