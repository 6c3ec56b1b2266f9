package org.plenary.actors;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The group a group was formed from (by code, as "EU") and the day it was formed; an empty code says it was formed
 * from none. Carries the group's version, so a stale edit is refused.
 */
public record GroupOriginForm(
        @Size(max = 30) String formedFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate formedOn,
        long version) {

    static GroupOriginForm of(Actor group, String parentCode) {
        return new GroupOriginForm(parentCode, group.getFormedOn(), group.getVersion());
    }
}
