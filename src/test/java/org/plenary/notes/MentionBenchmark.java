package org.plenary.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.NameEntry;

/**
 * Times mention recognition ({@link NameDictionary#find}) on a 60 KB note (the round 2 briefs of the test resources,
 * repeated) against a dictionary of 200 actors and 1,000 names: the 60 names the briefs use plus generated ones, each
 * actor with a name, an official name, a code, an ISO code and an alias. Also times building the dictionary. Run it
 * with {@code docs/benchmarks/run-mention-benchmark.sh}; results in {@code docs/benchmarks/mention-benchmark.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MentionBenchmark {

    static final String[] REAL = {
        "Brazil",
        "Canada",
        "Holy See",
        "Bangladesh",
        "Tuvalu",
        "Philippines",
        "Eritrea",
        "Cuba",
        "Jamaica",
        "Mexico",
        "Nepal",
        "Guatemala",
        "Venezuela",
        "Libya",
        "Australia",
        "New Zealand",
        "Japan",
        "India",
        "South Africa",
        "Singapore",
        "Malaysia",
        "Indonesia",
        "EU 27",
        "Hungary",
        "Turkey",
        "China",
        "Liechtenstein",
        "Azerbaijan",
        "Iran",
        "Thailand",
        "Switzerland",
        "Belarus",
        "Armenia",
        "Austria",
        "Guyana",
        "Lebanon",
        "Chile",
        "El Salvador",
        "Bulgaria",
        "Luxembourg",
        "Norway",
        "Morocco",
        "Comoros",
        "African Group",
        "Egypt",
        "Nigeria",
        "Niger",
        "Sudan",
        "South Sudan",
        "Guinea",
        "Papua New Guinea",
        "Equatorial Guinea",
        "Dominica",
        "Dominican Republic",
        "Republic of Korea",
        "DR Congo",
        "Jordan",
        "United States",
        "Russian Federation",
        "Ecuador"
    };

    private NameDictionary dictionary;

    private List<NameEntry> names;

    private Map<Long, ActorRef> actors;

    private String note;

    @Setup
    public void build() throws IOException {
        this.actors = new HashMap<>();
        this.names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long id = i + 1;
            String name = (i < REAL.length)
                    ? REAL[i]
                    : "Land of " + syllables(i) + (i % 3 == 0 ? " and " + syllables(i * 7) : "");
            String code = "X" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26);
            this.actors.put(id, new ActorRef(id, code, name, ActorKind.STATE, null, null));
            this.names.add(new NameEntry(id, name, NameEntry.Kind.NAME));
            this.names.add(new NameEntry(id, "Republic of " + name, NameEntry.Kind.NAME));
            this.names.add(new NameEntry(id, code, NameEntry.Kind.CODE));
            this.names.add(new NameEntry(id, code.substring(0, 2) + i, NameEntry.Kind.ISO2));
            this.names.add(new NameEntry(id, name + " delegation " + i, NameEntry.Kind.ALIAS));
        }
        this.dictionary = NameDictionary.of(this.names, this.actors);
        String briefs;
        try (InputStream in = MentionBenchmark.class.getResourceAsStream("/seeds/round2-daily-updates.txt")) {
            briefs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < 60_000) {
            text.append(briefs, 0, Math.min(briefs.length(), 60_000 - text.length()));
        }
        this.note = text.toString();
    }

    private static String syllables(int n) {
        String[] s = {"ka", "lo", "mi", "ra", "tu", "ne", "sa", "vo", "de", "bi"};
        return Character.toUpperCase(s[n % 10].charAt(0))
                + s[n % 10].substring(1)
                + s[(n / 10) % 10]
                + s[(n / 100) % 10];
    }

    /** Recognition of every mention in a 60 KB note. */
    @Benchmark
    public List<NameDictionary.Found> recognise60kbNote() {
        return this.dictionary.find(this.note);
    }

    /** Building the dictionary from 1,000 names (done again after an actor's names change). */
    @Benchmark
    public NameDictionary buildDictionary() {
        return NameDictionary.of(this.names, this.actors);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(MentionBenchmark.class.getName())
                        .build())
                .run();
    }
}
