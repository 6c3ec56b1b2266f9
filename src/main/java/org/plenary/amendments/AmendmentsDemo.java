package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.audit.AuditLog;
import org.plenary.demo.DemoDataEnabled;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Demo data of the amendments module: the proposals the round 2 daily updates report against the Zero Draft Plus
 * (round2-daily-updates.txt, 14 and 15 March 2018), recorded against the illustrative Zero Draft Plus of the drafts demo,
 * with their proponents (the EU 27 through Austria, Guatemala, Bangladesh, Micronesia, Armenia, Norway supported by
 * the EU 27); their outcomes follow from the illustrative Rev 1.
 *
 * <p>Idempotent per proposal, so that a database seeded by an older demo gets the proposals added since (session 16's
 * overtaken and deleted ones): a proposal is recorded only when the paragraph has none with the same words (whoever
 * recorded it: a user's identical proposal is not joined) and the audit trail shows that it never had one (a proposal
 * a user deleted, or edited into other words, does not come back). A paragraph that is
 * gone or no longer holds the words is skipped with a log line.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class AmendmentsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AmendmentsDemo.class);

    private static final String SOURCE_14 = "Round 2 daily update, 14 March 2018 (Day 3)";

    private static final String SOURCE_15 = "Round 2 daily update, 15 March 2018 (Day 4)";

    record Demo(
            String paragraph,
            ProposalKind kind,
            String target,
            String words,
            String speaker,
            String group,
            LocalDate on,
            String source,
            String quote,
            String issue) {

        Demo(
                String paragraph,
                ProposalKind kind,
                String target,
                String words,
                String speaker,
                String group,
                LocalDate on,
                String source,
                String quote) {
            this(paragraph, kind, target, words, speaker, group, on, source, quote, null);
        }
    }

    static final LocalDate MARCH_14 = LocalDate.of(2018, 3, 14);

    static final LocalDate MARCH_15 = LocalDate.of(2018, 3, 15);

    /**
     * The issues the briefs tie proposals to: Micronesia spoke to "language on climate change as a driver of
     * migration"; Norway's principle is on the regular/irregular distinction. The others (terminology, children,
     * detention, the Charter) bear on none of the demo's issues.
     */
    private static final String CLIMATE = "climate-driver";

    static final List<Demo> PROPOSALS = List.of(
            new Demo(
                    "2. This draft compact rests",
                    ProposalKind.REPLACE,
                    "fundamental human rights",
                    "human rights and fundamental freedoms",
                    "Austria",
                    "EU 27",
                    MARCH_14,
                    SOURCE_14,
                    "\u201cfundamental human rights\u201d should read \u201chuman rights and fundamental freedoms\u201d"),
            new Demo(
                    "3. Refugees and migrants",
                    ProposalKind.REPLACE,
                    "fundamental human rights",
                    "human rights and fundamental freedoms",
                    "Austria",
                    "EU 27",
                    MARCH_14,
                    SOURCE_14,
                    null),
            new Demo(
                    "(b) Protect the fundamental",
                    ProposalKind.REPLACE,
                    "fundamental human rights",
                    "human rights and fundamental freedoms",
                    "Austria",
                    "EU 27",
                    MARCH_14,
                    SOURCE_14,
                    null),
            new Demo(
                    "(a) Establish comprehensive",
                    ProposalKind.REPLACE,
                    "children, minors and adolescents",
                    "girls, boys and adolescents",
                    "Guatemala",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    "Guatemala wanted language of \u201cgirls, boys and adolescents\u201d"),
            new Demo(
                    "(c) Child-sensitive",
                    ProposalKind.REPLACE,
                    "the child",
                    "girls, boys and adolescents",
                    "Guatemala",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    null),
            new Demo(
                    "10. We commit to ensure",
                    ProposalKind.REPLACE,
                    "is lawful",
                    "should be based on lawful measures",
                    "Bangladesh",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    "perhaps edited to say \u201cdetention should be based on lawful measures\u201d"),
            new Demo(
                    "(c) Develop adaptation",
                    ProposalKind.INSERT,
                    "resilience strategies to",
                    "slow-onset and",
                    "Micronesia",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    "should mention slow as well as sudden onset event, particularly intense storms",
                    CLIMATE),
            new Demo(
                    "(c) Develop adaptation",
                    ProposalKind.INSERT,
                    "natural disasters",
                    "and climate events, particularly intense storms",
                    "Micronesia",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    null,
                    CLIMATE),
            new Demo(
                    "1. We, the Heads of State",
                    ProposalKind.NEW_PARAGRAPH,
                    "",
                    "This global compact rests on the purposes and principles of the UN Charter.",
                    "Armenia",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    "This global compact rests on the purposes and principles of the UN Charter"),
            new Demo(
                    "(d) Gender-responsive",
                    ProposalKind.NEW_PARAGRAPH,
                    "",
                    "Regular and irregular migration: the compact distinguishes between regular and irregular migration"
                            + " while upholding the human rights of all migrants, regardless of their status.",
                    "Norway",
                    null,
                    MARCH_14,
                    SOURCE_14,
                    null,
                    "regular-irregular"),
            // Session 16: overtaken and paragraph deleted appear too. The illustrative Rev 1 rewrote 10(b) around the
            // words the EU 27 objected to (neither "workers" nor its "migrants" stayed) and dropped 14(c).
            new Demo(
                    "(b) Protect the fundamental",
                    ProposalKind.REPLACE,
                    "migrant workers",
                    "migrants",
                    "Austria",
                    "EU 27",
                    MARCH_14,
                    SOURCE_14,
                    "objecting to change of \u201cmigrants\u201d to \u201cworkers\u201d"),
            new Demo(
                    "(c) Support multicultural",
                    ProposalKind.INSERT,
                    "sports, music and arts",
                    "and campaigns against xenophobia and discrimination",
                    "Comoros",
                    "African Group",
                    MARCH_15,
                    SOURCE_15,
                    "Revisions on the zero draft plus included: ... mentioning xenophobia and discrimination"));

    private final ProcessCatalog processes;

    private final DraftReading drafts;

    private final AmendmentRecorder recorder;

    private final JdbcClient jdbc;

    private final IssueCatalog issues;

    private final AuditLog audit;

    AmendmentsDemo(
            ProcessCatalog processes,
            DraftReading drafts,
            AmendmentRecorder recorder,
            JdbcClient jdbc,
            IssueCatalog issues,
            AuditLog audit) {
        this.processes = processes;
        this.drafts = drafts;
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.issues = issues;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("gcm", PROPOSALS);
    }

    /** Records those of the proposals that the process lacks and never had; returns how many. */
    int seed(String processSlug, List<Demo> proposals) {
        ProcessRef process = this.processes.find(processSlug).orElse(null);
        if (process == null) {
            return 0;
        }
        RevisionRow zeroPlus = this.drafts.series(process).stream()
                .filter((r) -> r.label().startsWith("Zero Draft Plus"))
                .findFirst()
                .orElse(null);
        if (zeroPlus == null) {
            return 0;
        }
        List<NodeRow> nodes = this.drafts.nodes(List.of(zeroPlus.id()));
        java.util.Map<String, Long> issueIds = this.issues.issuesOf(process.id()).stream()
                .collect(java.util.stream.Collectors.toMap(IssueView::slug, IssueView::id));
        giveIssues(zeroPlus, nodes, issueIds);
        List<MeetingRef> meetings = this.processes.meetingsOf(process.id());
        Long norway = null;
        int recorded = 0;
        for (Demo demo : proposals) {
            NodeRow node = paragraph(nodes, demo).orElse(null);
            if (node == null) {
                log.warn(
                        "Amendments demo: no paragraph \"{}\" in {}, proposal skipped",
                        demo.paragraph(),
                        zeroPlus.label());
                continue;
            }
            ProposalDraft draft = new ProposalDraft(
                    node.id(),
                    demo.kind(),
                    demo.target(),
                    0,
                    demo.words(),
                    null,
                    (demo.issue() != null) ? issueIds.get(demo.issue()) : null);
            if (recordedOnce(node, draft.change().identityKey())) {
                continue;
            }
            Long id;
            try {
                id = this.recorder.propose(
                        process.slug(),
                        draft,
                        new StatementDraft(
                                demo.speaker(),
                                demo.group(),
                                ActorRole.PROPONENT,
                                demo.on(),
                                // The day's first open meeting, if the demo has one that day.
                                meetings.stream()
                                        .filter((m) -> m.day().equals(demo.on()) && !m.chathamHouse())
                                        .map(MeetingRef::id)
                                        .findFirst()
                                        .orElse(null),
                                demo.source(),
                                demo.quote()),
                        "demo");
            } catch (AmendmentRuleException ex) {
                log.warn("Amendments demo: proposal on \"{}\" skipped: {}", demo.paragraph(), ex.getMessage());
                continue;
            }
            recorded++;
            if (demo.speaker().equals("Norway")) {
                norway = id;
            }
        }
        if (norway != null) {
            // 15 March: "They support Norway's proposal to include a principle on the regular/irregular distinction."
            this.recorder.addStand(
                    process.slug(),
                    norway,
                    new StatementDraft(
                            "Austria",
                            "EU 27",
                            ActorRole.SUPPORTER,
                            LocalDate.of(2018, 3, 15),
                            null,
                            SOURCE_15,
                            "They support Norway\u2019s proposal to include a principle on the regular/irregular distinction."),
                    org.plenary.notes.NoteReader.Viewer.ANONYMOUS);
        }
        log.info("Amendments demo: recorded {} proposals against {}", recorded, zeroPlus.label());
        return recorded;
    }

    /**
     * Whether the paragraph has, or had, this proposal: one with the same words on it now, or one the audit
     * trail shows created with or changed from these words (a user deleted it, or edited it into another).
     */
    private boolean recordedOnce(NodeRow node, String identityKey) {
        return this.jdbc
                        .sql("select exists (select 1 from amendment where node_id = ? and identity_key = ?)")
                        .params(node.id(), identityKey)
                        .query(Boolean.class)
                        .single()
                || this.audit.everHeld("Amendment", "nodeId", node.id(), "identityKey", identityKey);
    }

    private static java.util.Optional<NodeRow> paragraph(List<NodeRow> nodes, Demo demo) {
        return nodes.stream()
                .filter((n) -> n.text().startsWith(demo.paragraph()))
                .findFirst();
    }

    /**
     * A database whose demo proposals were recorded before proposals had issues: the demo's proposals that nobody
     * edited since get their issues.
     */
    private void giveIssues(RevisionRow zeroPlus, List<NodeRow> nodes, java.util.Map<String, Long> issueIds) {
        for (Demo demo : PROPOSALS) {
            Long issueId = (demo.issue() != null) ? issueIds.get(demo.issue()) : null;
            if (issueId == null) {
                continue;
            }
            this.jdbc
                    .sql("""
					update amendment set issue_id = :issue
					where revision_id = :revision and node_id = :node and words = :words and issue_id is null
					  and recorded_by = 'demo' and version = 0
					""")
                    .param("issue", issueId)
                    .param("revision", zeroPlus.id())
                    .param("node", paragraph(nodes, demo).map(NodeRow::id).orElse(null))
                    .param("words", demo.words())
                    .update();
        }
    }
}
