package org.plenary.drafts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.importing.StructureParser;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing the illustrative revisions links every paragraph to its predecessor: renumbered, moved, changed and
 * inserted paragraphs are recognised; lineage follows a paragraph through renumbering; an analyst's correction is
 * kept, audited and moves the lineage; published revisions refuse changes.
 */
@PlenaryIntegrationTest
class RevisionLineageTests {

    @Autowired
    RevisionImport importer;

    @Autowired
    RevisionEditing editing;

    @Autowired
    RevisionNodes nodes;

    @Autowired
    LineageLinks links;

    @Autowired
    JdbcClient jdbc;

    String slug;

    List<RevisionRow> revisions;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = DraftFixtures.importDemo(this.importer, this.slug);
    }

    @Test
    void recognises_renumbered_moved_changed_and_inserted_paragraphs() {
        Map<String, LinkKind> kinds = linkKindsByText(this.revisions.get(2));
        assertThat(
                        kinds.get(
                                "6. The draft compact is based on a set of cross-cutting and interdependent guiding principles:"))
                .isEqualTo(LinkKind.RENUMBERED);
        assertThat(kinds.get(startingWith(kinds, "5. Refugees and migrants"))).isEqualTo(LinkKind.MOVED);
        assertThat(kinds.get(startingWith(kinds, "3. This draft compact is a non-legally binding")))
                .isEqualTo(LinkKind.INSERTED);
        assertThat(kinds.get(startingWith(kinds, "11. We commit to ensure that any detention")))
                .isEqualTo(LinkKind.CHANGED);
        assertThat(
                        kinds.get(
                                "4. This draft compact expresses our collective commitment to improving cooperation on international migration."))
                .isEqualTo(LinkKind.SAME);
    }

    @Test
    void a_paragraph_keeps_its_lineage_through_renumbering_and_rewording() {
        NodeRow zero = node(this.revisions.get(0), "10. We commit to ensure that any detention");
        NodeRow rev1 = node(this.revisions.get(2), "11. We commit to ensure that any detention");
        assertThat(rev1.lineageId()).isEqualTo(zero.lineageId());
        assertThat(rev1.text()).contains("based on lawful measures");
        NodeRow inserted = node(this.revisions.get(2), "3. This draft compact is a non-legally binding");
        assertThat(this.nodes.findRows(List.of(
                        this.revisions.get(0).id(), this.revisions.get(1).id())))
                .extracting(NodeRow::lineageId)
                .doesNotContain(inserted.lineageId());
    }

    @Test
    void a_published_revision_refuses_changes() {
        NodeRow published = node(this.revisions.get(1), "2. This draft compact rests");
        assertThatThrownBy(() -> this.editing.rewrite(
                        published.id(), "2. Rewritten.", this.revisions.get(1).version()))
                .isInstanceOfSatisfying(
                        RuleException.class,
                        (ex) -> assertThat(ex.messageKey()).isEqualTo("drafts.revision.published"));
        assertThat(node(this.revisions.get(1), "2. This draft compact rests").text())
                .isEqualTo(published.text());

        NodeRow draft = node(this.revisions.get(2), "2. This draft compact rests");
        this.editing.rewrite(
                draft.id(),
                "2. This draft compact rests on human rights.",
                this.revisions.get(2).version());
        assertThat(this.nodes.findById(draft.id()).orElseThrow().getText())
                .isEqualTo("2. This draft compact rests on human rights.");
    }

    @Test
    void a_revision_dated_before_the_latest_or_with_a_used_label_is_refused() {
        assertThatThrownBy(() -> this.importer.save(
                        this.slug,
                        new RevisionDetails("Rev 0", LocalDate.of(2018, 3, 1), RevisionStatus.DRAFT, null),
                        StructureParser.parse("1. Text."),
                        "analyst"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("issuedOn"));
        assertThatThrownBy(() -> this.importer.save(
                        this.slug,
                        new RevisionDetails("rev 1", LocalDate.of(2018, 4, 1), RevisionStatus.DRAFT, null),
                        StructureParser.parse("1. Text."),
                        "analyst"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("label"));
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void an_analysts_link_correction_is_kept_audited_and_moves_the_lineage() {
        RevisionRow rev1 = this.revisions.get(2);
        NodeRow inserted = node(rev1, "3. This draft compact is a non-legally binding");
        NodeRow oldThree = node(this.revisions.get(1), "3. Refugees and migrants");
        NodeRow moved = node(rev1, "5. Refugees and migrants");
        LineageLink link = this.links
                .findByNodeIdAndKindNot(inserted.id(), LinkKind.MERGED)
                .orElseThrow();

        this.editing.correctLink(inserted.id(), oldThree.id(), link.getVersion(), "analyst");

        LineageLink corrected = this.links
                .findByNodeIdAndKindNot(inserted.id(), LinkKind.MERGED)
                .orElseThrow();
        assertThat(corrected.isCorrected()).isTrue();
        assertThat(corrected.getPredecessorId()).isEqualTo(oldThree.id());
        assertThat(corrected.getKind()).isEqualTo(LinkKind.CHANGED);
        assertThat(node(rev1, "3. This draft compact is a non-legally binding").lineageId())
                .isEqualTo(oldThree.lineageId());
        // The paragraph that continued old 3 so far now starts a lineage of its own.
        assertThat(node(rev1, "5. Refugees and migrants").lineageId()).isNotEqualTo(moved.lineageId());
        assertThat(this.links
                        .findByNodeIdAndKindNot(moved.id(), LinkKind.MERGED)
                        .orElseThrow()
                        .getKind())
                .isEqualTo(LinkKind.INSERTED);
        Integer audited = this.jdbc
                .sql(
                        "select count(*) from audit_entry where entity_type like '%LineageLink' and entity_id = ? and action = 'UPDATE' and username = ?")
                .params(String.valueOf(corrected.getId()), "analyst")
                .query(Integer.class)
                .single();
        assertThat(audited).isPositive();

        assertThatThrownBy(() -> this.editing.correctLink(inserted.id(), null, link.getVersion(), "analyst"))
                .isInstanceOf(StaleEditException.class);
    }

    private Map<String, LinkKind> linkKindsByText(RevisionRow revision) {
        Map<Long, String> textById = this.nodes.findRows(List.of(revision.id())).stream()
                .collect(Collectors.toMap(NodeRow::id, NodeRow::text));
        return this.links.findByRevisionId(revision.id()).stream()
                .filter((link) -> link.getNodeId() != null && link.getKind() != LinkKind.MERGED)
                .collect(Collectors.toMap((link) -> textById.get(link.getNodeId()), LineageLink::getKind));
    }

    private static String startingWith(Map<String, LinkKind> kinds, String start) {
        return kinds.keySet().stream()
                .filter((text) -> text.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph starts with " + start));
    }

    private NodeRow node(RevisionRow revision, String start) {
        return this.nodes.findRows(List.of(revision.id())).stream()
                .filter((node) -> node.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph starts with " + start));
    }
}
