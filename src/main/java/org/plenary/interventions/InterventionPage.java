package org.plenary.interventions;

import java.util.List;

/** One page of interventions: the page number (from 1), its size, how many match in all. */
public record InterventionPage(List<InterventionView> interventions, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (this.total + this.size - 1) / this.size);
    }

    public boolean isEmpty() {
        return this.interventions.isEmpty();
    }
}
