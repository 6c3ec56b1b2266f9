package org.plenary.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import org.plenary.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position rules have one canonical form: the SQL of {@link LineupReader} and {@link MatrixReader}. This property
 * generates random positions, group memberships and dates, stores them in real PostgreSQL, and checks every actor's
 * stance the readers return against {@link Rules}, a plain reading of the rules written here:
 * <ul>
 * <li>supersession: an actor's own stance on a date is its latest position from on or before that date (then the
 * latest recorded); retracted positions do not count;
 * <li>Chatham House: a position resting on a Chatham House meeting without a written source is invisible to the
 * public (then whatever held before it shows), visible with {@code includeConfidential};
 * <li>groups: an actor with no own stance holds the stance of a group it is a member of on that date (membership dates
 * inclusive, open ends unbounded): the group position from the latest date, then the smallest group on that date,
 * then the latest recorded.
 * </ul>
 * To extend it (note-based evidence, which group's position applied): add the field to {@link Pos} and its generator,
 * the rule to {@link Rules}, and the comparison to {@link #compare}.
 */
class PositionRulesParityProperties {

    static final int STATES = 5;

    static final int GROUPS = 2;

    static final String[] OPTIONS = {"yes", "maybe", "no"};

    static JdbcClient jdbc;

    @BeforeContainer
    static void database() {
        TestDatabase.Connection db = TestDatabase.connection();
        DataSource dataSource =
                new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.username(), db.password());
        // The schema as the application builds it (a no-op when an application context of this run did it first).
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Property(tries = 60)
    void the_line_up_and_matrix_queries_agree_with_a_plain_reading_of_the_rules(@ForAll("scenarios") Scenario s) {
        PositionsFixture f = new PositionsFixture(jdbc);
        long issueId = f.issue("parity");
        IssueView issue = new IssueView(
                issueId,
                "parity",
                "Issue parity",
                null,
                jdbc.sql(
                                "select id, option_key, label, colour, rank from stance_option where issue_id = ? order by rank")
                        .param(issueId)
                        .query((rs, n) -> new IssueView.OptionView(
                                rs.getLong(1), rs.getString(2), rs.getString(3), null, rs.getString(4), rs.getInt(5)))
                        .list());
        List<Long> actors = new ArrayList<>();
        for (int i = 0; i < STATES; i++) {
            actors.add(f.actor("S" + i, "STATE", "WEOG"));
        }
        for (int g = 0; g < GROUPS; g++) {
            actors.add(f.actor("G" + g, "GROUP", null));
        }
        for (Membership m : s.memberships()) {
            f.member(actors.get(STATES + m.group()), actors.get(m.member()), day(m.from()), day(m.to()));
        }
        Map<Long, Pos> stored = new HashMap<>();
        for (Pos p : s.positions()) {
            Long meeting = switch (p.meeting()) {
                case OPEN -> f.openMeeting;
                case CHATHAM_HOUSE -> f.chathamMeeting;
                case NONE -> null;
            };
            long id =
                    f.position(issueId, actors.get(p.actor()), OPTIONS[p.option()], day(p.from()), meeting, p.source());
            if (p.retracted()) {
                jdbc.sql("update position set retracted = true where id = ?")
                        .param(id)
                        .update();
            }
            stored.put(id, p);
        }
        Rules rules = new Rules(s.memberships(), stored);

        LineupView lineup = new LineupReader(jdbc)
                .lineup(
                        issue,
                        day(s.asOf()),
                        (s.compareWith() != null) ? day(s.compareWith()) : null,
                        s.confidential());
        MatrixView matrix = new MatrixReader(jdbc)
                .matrix(f.processId, List.of(issue), day(s.asOf()), null, null, false, s.confidential());
        for (int a = 0; a < STATES + GROUPS; a++) {
            String code = f.code((a < STATES) ? "S" + a : "G" + (a - STATES));
            Optional<Stance> expected = rules.stance(a, s.asOf(), s.confidential());
            // Placed in a column, or a state without a stance; a group without one is not listed.
            LineupEntry entry = Stream.concat(lineup.placed().stream(), lineup.unknown().stream())
                    .filter((e) -> e.code().equals(code))
                    .findFirst()
                    .orElse(null);
            compare(code, expected, entry, f);
            if (s.compareWith() != null && entry != null) {
                Optional<Stance> then = rules.stance(a, s.compareWith(), s.confidential());
                Long thenOption = (entry != null) ? entry.compareOptionId() : null;
                assertThat(option(issue, thenOption))
                        .as("%s on %s (compare-with)", code, s.compareWith())
                        .isEqualTo(
                                then.map((t) -> OPTIONS[t.position().option()]).orElse(null));
            }
            MatrixView.Cell cell = matrix.rows().stream()
                    .filter((r) -> r.code().equals(code))
                    .findFirst()
                    .map((r) -> r.cells().get(0))
                    .orElse(null);
            assertThat((cell != null) ? cell.option().key() : null)
                    .as("%s in the matrix", code)
                    .isEqualTo(
                            expected.map((t) -> OPTIONS[t.position().option()]).orElse(null));
            assertThat((cell != null) ? cell.viaName() : null)
                    .as("%s in the matrix: via", code)
                    .isEqualTo(expected.map((t) -> (t.via() != null) ? "Name " + f.code("G" + t.via()) : null)
                            .orElse(null));
        }
    }

    private static void compare(String code, Optional<Stance> expected, LineupEntry entry, PositionsFixture f) {
        Long expectedPosition = expected.map(Stance::positionId).orElse(null);
        assertThat((entry != null) ? entry.positionId() : null)
                .as("%s: the position that holds", code)
                .isEqualTo(expectedPosition);
        if (expected.isPresent()) {
            Stance stance = expected.get();
            assertThat(entry.viaCode())
                    .as("%s: the group it holds it through", code)
                    .isEqualTo((stance.via() != null) ? f.code("G" + stance.via()) : null);
            assertThat(entry.confidential())
                    .as("%s: shown as confidential", code)
                    .isEqualTo(stance.position().chathamHouseOnly());
        }
    }

    private static String option(IssueView issue, Long optionId) {
        return (optionId != null) ? issue.option(optionId).orElseThrow().key() : null;
    }

    /** Day n of the generated calendar: n days after 1 March 2018 (0 to 13). */
    static LocalDate day(Integer day) {
        return (day != null) ? LocalDate.of(2018, 3, 1).plusDays(day) : null;
    }

    // The rules, read plainly.

    /** The stance an actor holds: a position, and the group it came through (null for its own). */
    record Stance(long positionId, Pos position, Integer via) {}

    record Rules(List<Membership> memberships, Map<Long, Pos> positions) {

        Optional<Stance> stance(int actor, int day, boolean confidential) {
            Optional<Stance> own = own(actor, day, confidential);
            if (own.isPresent() || actor >= STATES) {
                return own;
            }
            record Candidate(Stance stance, int groupSize) {}
            List<Candidate> candidates = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                int group = g;
                if (memberOn(group, actor, day)) {
                    own(STATES + group, day, confidential)
                            .ifPresent((p) -> candidates.add(
                                    new Candidate(new Stance(p.positionId(), p.position(), group), size(group, day))));
                }
            }
            return candidates.stream()
                    .max(Comparator.comparing(
                                    (Candidate c) -> c.stance().position().from())
                            .thenComparing(Comparator.comparingInt(Candidate::groupSize)
                                    .reversed())
                            .thenComparing((c) -> c.stance().positionId()))
                    .map(Candidate::stance);
        }

        Optional<Stance> own(int actor, int day, boolean confidential) {
            return this.positions.entrySet().stream()
                    .filter((e) -> e.getValue().actor() == actor)
                    .filter((e) -> !e.getValue().retracted())
                    .filter((e) -> e.getValue().from() <= day)
                    .filter((e) -> confidential || !e.getValue().chathamHouseOnly())
                    .max(Comparator.comparing(
                                    (Map.Entry<Long, Pos> e) -> e.getValue().from())
                            .thenComparing(Map.Entry::getKey))
                    .map((e) -> new Stance(e.getKey(), e.getValue(), null));
        }

        boolean memberOn(int group, int member, int day) {
            return this.memberships.stream()
                    .anyMatch((m) -> m.group() == group && m.member() == member && m.covers(day));
        }

        int size(int group, int day) {
            return (int) this.memberships.stream()
                    .filter((m) -> m.group() == group && m.covers(day))
                    .count();
        }
    }

    // What is generated: positions and memberships on days 1 to 12, read on days 0 to 13.

    enum Meeting {
        NONE,
        OPEN,
        CHATHAM_HOUSE
    }

    /** A position of actor {@code actor} (states first, then groups). */
    record Pos(int actor, int option, int from, Meeting meeting, String source, boolean retracted) {

        boolean chathamHouseOnly() {
            return this.meeting == Meeting.CHATHAM_HOUSE && (this.source == null || this.source.isBlank());
        }
    }

    /** State {@code member} belongs to group {@code group} from {@code from} to {@code to} (inclusive, null: open). */
    record Membership(int group, int member, Integer from, Integer to) {

        boolean covers(int day) {
            return (this.from == null || this.from <= day) && (this.to == null || this.to >= day);
        }
    }

    record Scenario(
            List<Membership> memberships, List<Pos> positions, int asOf, Integer compareWith, boolean confidential) {}

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 12);
        Arbitrary<Pos> positions = Builders.withBuilder(() -> new Pos(0, 0, 1, Meeting.NONE, null, false))
                .use(Arbitraries.integers().between(0, STATES + GROUPS - 1))
                .in((p, actor) -> new Pos(actor, p.option(), p.from(), p.meeting(), p.source(), p.retracted()))
                .use(Arbitraries.integers().between(0, OPTIONS.length - 1))
                .in((p, option) -> new Pos(p.actor(), option, p.from(), p.meeting(), p.source(), p.retracted()))
                .use(days)
                .in((p, from) -> new Pos(p.actor(), p.option(), from, p.meeting(), p.source(), p.retracted()))
                .use(Arbitraries.of(Meeting.class))
                .in((p, meeting) -> new Pos(p.actor(), p.option(), p.from(), meeting, p.source(), p.retracted()))
                .use(Arbitraries.of("", "  ", "Daily note").injectNull(0.4))
                .in((p, source) -> new Pos(
                        p.actor(), p.option(), p.from(), p.meeting(), (source != null) ? source : null, p.retracted()))
                .use(Arbitraries.of(true, false, false, false))
                .in((p, retracted) -> new Pos(p.actor(), p.option(), p.from(), p.meeting(), p.source(), retracted))
                .build();
        Arbitrary<Membership> memberships = days.injectNull(0.3)
                .flatMap((from) -> Arbitraries.integers()
                        .between((from != null) ? from : 1, 12)
                        .injectNull(0.4)
                        .flatMap((to) -> Arbitraries.integers()
                                .between(0, GROUPS - 1)
                                .flatMap((group) -> Arbitraries.integers()
                                        .between(0, STATES - 1)
                                        .map((member) -> new Membership(group, member, from, to)))));
        return Builders.withBuilder(() -> new Scenario(List.of(), List.of(), 1, null, false))
                .use(memberships.list().ofMaxSize(8).uniqueElements((m) -> m.group() * 100 + m.member()))
                .in((s, m) -> new Scenario(m, s.positions(), s.asOf(), s.compareWith(), s.confidential()))
                .use(positions.list().ofMaxSize(12))
                .in((s, p) -> new Scenario(s.memberships(), p, s.asOf(), s.compareWith(), s.confidential()))
                .use(Arbitraries.integers().between(0, 13))
                .in((s, d) -> new Scenario(s.memberships(), s.positions(), d, s.compareWith(), s.confidential()))
                .use(Arbitraries.integers().between(0, 13).injectNull(0.5))
                .in((s, d) -> new Scenario(s.memberships(), s.positions(), s.asOf(), d, s.confidential()))
                .use(Arbitraries.of(true, false))
                .in((s, c) -> new Scenario(s.memberships(), s.positions(), s.asOf(), s.compareWith(), c))
                .build();
    }
}
