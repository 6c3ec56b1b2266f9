package org.plenary.notes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.NameResolver;
import org.plenary.actors.Resolution;

/**
 * Reads the line-up of a text at a date with {@link LineupParser}, resolving every name with the actors module's
 * {@link NameResolver} in a few batched calls (a first pass collects the names the parser asks for, later passes the
 * names its answers lead it to), never one query per name.
 */
@Service
@Transactional(readOnly = true)
public class LineupReading {

    private static final int PASSES = 4;

    private final NameResolver names;

    LineupReading(NameResolver names) {
        this.names = names;
    }

    public LineupParser.Lineup parse(String text, LocalDate date) {
        Map<String, Resolution> known = new HashMap<>();
        for (int pass = 0; pass < PASSES; pass++) {
            Set<String> missing = new LinkedHashSet<>();
            LineupParser.Lineup lineup = new LineupParser((name) -> {
                        Resolution r = known.get(name);
                        if (r == null) {
                            missing.add(name);
                            return new Resolution(name, Resolution.Status.UNKNOWN, null, List.of(), List.of());
                        }
                        return r;
                    })
                    .parse(text);
            if (missing.isEmpty()) {
                return lineup;
            }
            List<String> asked = List.copyOf(missing);
            List<Resolution> resolved = this.names.resolveAll(asked, date);
            for (int i = 0; i < asked.size(); i++) {
                known.put(asked.get(i), resolved.get(i));
            }
        }
        return new LineupParser((name) -> known.computeIfAbsent(name, (n) -> this.names.resolve(n, date))).parse(text);
    }
}
