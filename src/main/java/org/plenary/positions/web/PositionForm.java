package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The entry form: one or many actors (names one per line, or separated by commas or semicolons) into one stance,
 * with the evidence. For an edit the actor names are not asked and {@code version} is the edited version.
 */
public class PositionForm {

    @Size(max = 20000)
    private String actorNames;

    @NotBlank
    private String optionKey;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private Long meetingId;

    @Size(max = 300)
    private String source;

    @Size(max = 5000)
    private String quote;

    private String onBehalfOf;

    @Size(max = 500)
    private String remark;

    private long version;

    /** The names typed, one per entry, blank ones dropped. */
    List<String> names() {
        if (this.actorNames == null) {
            return List.of();
        }
        return Arrays.stream(this.actorNames.split("[\\n;,]+"))
                .map((n) -> n.replaceAll("^[\\s·•*\\-]+", "").strip())
                .filter((n) -> !n.isEmpty())
                .toList();
    }

    public String getActorNames() {
        return this.actorNames;
    }

    public void setActorNames(String actorNames) {
        this.actorNames = actorNames;
    }

    public String getOptionKey() {
        return this.optionKey;
    }

    public void setOptionKey(String optionKey) {
        this.optionKey = optionKey;
    }

    public LocalDate getValidFrom() {
        return this.validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getMeetingId() {
        return this.meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getQuote() {
        return this.quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getOnBehalfOf() {
        return this.onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public String getRemark() {
        return this.remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
