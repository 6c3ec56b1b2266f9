package org.plenary.notes;

import java.util.List;

/** One page of a list of notes, newest first, with the total the filter matched. */
public record NotePage(List<NoteSummary> notes, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (this.total + this.size - 1) / this.size);
    }

    public boolean hasPrevious() {
        return this.page > 1;
    }

    public boolean hasNext() {
        return this.page < pages();
    }
}
