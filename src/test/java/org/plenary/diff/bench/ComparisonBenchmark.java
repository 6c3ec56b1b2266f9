package org.plenary.diff.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
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

import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphDiff;

/**
 * Times {@link ParagraphDiff} against java-diff-utils' plain line diff on the Transplantation Act, version 4
 * (2012-12-02, 90 KB) to version 5 (2018-11-08, 147 KB), from the test resources ({@code revisions/}). Run it with
 * {@code docs/benchmarks/run-diff-benchmark.sh} from the project directory; results are in
 * {@code docs/benchmarks/diff-benchmark.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ComparisonBenchmark {

    private String from;

    private String to;

    private List<String> fromLines;

    private List<String> toLines;

    @Setup
    public void readRevisions() throws IOException {
        // from src/test/resources/revisions (see its PROVENANCE.md)
        Path series = Path.of(URI.create(ComparisonBenchmark.class
                .getResource("/revisions/de-transplantationsgesetz")
                .toString()));
        this.from = Files.readString(series.resolve("tpg-v4-2012-12-02.md"), StandardCharsets.UTF_8);
        this.to = Files.readString(series.resolve("tpg-v5-2018-11-08.md"), StandardCharsets.UTF_8);
        this.fromLines = this.from.lines().toList();
        this.toLines = this.to.lines().toList();
    }

    /** Ours: split, align, word-level ops, summary. */
    @Benchmark
    public Comparison paragraphDiff() {
        return ParagraphDiff.compare(this.from, this.to);
    }

    /** The baseline: a Myers diff of the lines, as {@code diff} would do (splitting included). */
    @Benchmark
    public Patch<String> lineDiff() {
        return DiffUtils.diff(this.from.lines().toList(), this.to.lines().toList());
    }

    /** The baseline without splitting, for reference. */
    @Benchmark
    public Patch<String> lineDiffPreSplit() {
        return DiffUtils.diff(this.fromLines, this.toLines);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ComparisonBenchmark.class.getName())
                        .build())
                .run();
    }
}
