package org.plenary.drafts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.RevisionEditing;
import org.plenary.web.EditConflict;
import org.plenary.web.FormSubmission;

/**
 * Correcting one paragraph's text in a draft revision (analysts). A published revision refuses: the rule's message
 * appears next to the text, never a 500.
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class NodeEditController {

    private final DraftReading reading;

    private final RevisionEditing editing;

    NodeEditController(DraftReading reading, RevisionEditing editing) {
        this.reading = reading;
        this.editing = editing;
    }

    @GetMapping("/drafts/{slug}/nodes/{node}/edit")
    String form(@PathVariable String slug, @PathVariable Long node, Model model) {
        DraftViews.NodeEdit edit = show(slug, node, model);
        model.addAttribute(
                "form", new NodeTextForm(edit.node().text(), edit.revision().version()));
        return "drafts/node";
    }

    @PostMapping("/drafts/{slug}/nodes/{node}/edit")
    String save(
            @PathVariable String slug,
            @PathVariable Long node,
            @Valid @ModelAttribute("form") NodeTextForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DraftViews.NodeEdit edit = show(slug, node, model);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field(
                                            "drafts.node.text",
                                            form.getText(),
                                            edit.node().text())
                                    .build());
                    form.setVersion(edit.revision().version());
                    return "drafts/node";
                })
                .save(
                        () -> {
                            this.editing.rewrite(node, form.getText(), form.getVersion());
                            redirect.addFlashAttribute("flash", "drafts.node.saved");
                            return "redirect:/drafts/" + slug + "/revisions/"
                                    + edit.revision().id() + "#" + edit.node().anchor();
                        },
                        () -> "drafts/node");
    }

    private DraftViews.NodeEdit show(String slug, Long node, Model model) {
        DraftViews.NodeEdit edit = this.reading.node(slug, node);
        model.addAttribute("edit", edit);
        model.addAttribute("process", edit.process());
        return edit;
    }
}
