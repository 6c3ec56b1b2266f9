package org.plenary.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A process drawn on a line: its phases and rounds as bars placed in percent of the process' span, and where today
 * falls. The span is the process' own dates, widened to cover every phase and round.
 */
public record Timeline(
        ProcessRef process,
        LocalDate from,
        LocalDate to,
        List<Bar> phases,
        List<Bar> rounds,
        Double todayPercent,
        LocalDate today) {

    public record Bar(
            Long id,
            String name,
            String location,
            LocalDate startsOn,
            LocalDate endsOn,
            double left,
            double width,
            boolean current,
            boolean past) {}

    static Timeline of(ProcessRef process, List<TimelineSpan> phases, List<TimelineSpan> rounds, LocalDate today) {
        LocalDate from = Stream.concat(
                        Stream.of(process.startsOn()),
                        Stream.concat(phases.stream(), rounds.stream()).map(TimelineSpan::startsOn))
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(today);
        LocalDate to = Stream.concat(
                        Stream.of(process.endsOn()),
                        Stream.concat(phases.stream(), rounds.stream()).map(TimelineSpan::endsOn))
                .filter(d -> d != null)
                .max(Comparator.naturalOrder())
                .orElse(today);
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        Double todayPercent = (today.isBefore(from) || today.isAfter(to))
                ? null
                : percent(ChronoUnit.DAYS.between(from, today), days);
        return new Timeline(
                process,
                from,
                to,
                bars(phases, from, days, today),
                bars(rounds, from, days, today),
                todayPercent,
                today);
    }

    private static List<Bar> bars(List<TimelineSpan> spans, LocalDate from, double days, LocalDate today) {
        return spans.stream()
                .sorted(Comparator.comparing(TimelineSpan::startsOn).thenComparing(TimelineSpan::id))
                .map(s -> new Bar(
                        s.id(),
                        s.name(),
                        s.location(),
                        s.startsOn(),
                        s.endsOn(),
                        percent(ChronoUnit.DAYS.between(from, s.startsOn()), days),
                        Math.max(0.6, percent(ChronoUnit.DAYS.between(s.startsOn(), s.endsOn()) + 1, days)),
                        s.contains(today),
                        s.endsOn().isBefore(today)))
                .toList();
    }

    private static double percent(long part, double whole) {
        return Math.round(part / whole * 1000) / 10.0;
    }

    /** The phase today falls in, if any. */
    public Bar currentPhase() {
        return this.phases.stream().filter(Bar::current).findFirst().orElse(null);
    }

    /** The next round that has not started yet, if any. */
    public Bar nextRound() {
        return this.rounds.stream()
                .filter(b -> b.startsOn().isAfter(this.today))
                .findFirst()
                .orElse(null);
    }
}
