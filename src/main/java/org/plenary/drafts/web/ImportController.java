package org.plenary.drafts.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeKind;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.RevisionText;
import org.plenary.drafts.importing.StructureParser;
import org.plenary.drafts.importing.UnreadableRevisionException;
import org.plenary.process.ProcessRef;
import org.plenary.web.FormSubmission;
import org.plenary.web.RuleException;

/**
 * Importing a revision (analysts): paste text or upload a file, check and correct the recognised structure, save.
 * Nothing is saved before the last step, and the last step saves everything in one transaction or nothing.
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class ImportController {

    private final DraftReading reading;

    private final RevisionImport importer;

    ImportController(DraftReading reading, RevisionImport importer) {
        this.reading = reading;
        this.importer = importer;
    }

    @ModelAttribute("kinds")
    NodeKind[] kinds() {
        return NodeKind.values();
    }

    @ModelAttribute("statuses")
    RevisionStatus[] statuses() {
        return RevisionStatus.values();
    }

    @GetMapping("/drafts/{slug}/import")
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("form", new ImportForm());
        return "drafts/import";
    }

    @PostMapping("/drafts/{slug}/import")
    String read(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ImportForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("process", process(slug));
        String text = null;
        try {
            if (file != null && !file.isEmpty()) {
                text = RevisionText.read(file.getOriginalFilename(), file.getBytes());
                form.setSourceFile(file.getOriginalFilename());
            } else if (file != null
                    && file.getOriginalFilename() != null
                    && !file.getOriginalFilename().isBlank()) {
                text = RevisionText.read(file.getOriginalFilename(), new byte[0]);
            } else if (form.getText() != null && !form.getText().isBlank()) {
                text = RevisionText.pasted(form.getText(), "");
            } else {
                result.rejectValue("text", "drafts.import.nothing");
            }
        } catch (UnreadableRevisionException ex) {
            result.rejectValue("text", ex.messageKey(), new Object[] {ex.argument()}, ex.messageKey());
        } catch (IOException ex) {
            result.rejectValue("text", "drafts.import.file.docx", new Object[] {file.getOriginalFilename()}, null);
        }
        if (text != null && StructureParser.parse(text).isEmpty()) {
            result.rejectValue("text", "drafts.import.empty");
        }
        if (result.hasErrors()) {
            return FormSubmission.invalid(response, () -> "drafts/import");
        }
        form.setNodes(StructureCorrections.of(StructureParser.parse(text)));
        form.setText(null);
        return "drafts/preview";
    }

    @PostMapping(path = "/drafts/{slug}/import/preview")
    String apply(@PathVariable String slug, @ModelAttribute("form") ImportForm form, Model model) {
        model.addAttribute("process", process(slug));
        form.setNodes(StructureCorrections.apply(form.getNodes()));
        return "drafts/preview";
    }

    @PostMapping(path = "/drafts/{slug}/import/save")
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ImportForm form,
            BindingResult result,
            Model model,
            Principal principal,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("process", process(slug));
        form.setNodes(StructureCorrections.apply(form.getNodes()));
        if (form.getNodes().isEmpty()) {
            result.reject("drafts.import.empty");
        }
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            RevisionRow saved;
                            try {
                                saved = this.importer.save(
                                        slug,
                                        new org.plenary.drafts.RevisionDetails(
                                                form.getLabel(),
                                                form.getIssuedOn(),
                                                form.getStatus(),
                                                form.getSourceFile()),
                                        StructureCorrections.structure(form.getNodes()),
                                        principal.getName());
                            } catch (DataIntegrityViolationException ex) {
                                // Another analyst saved a revision of the same document at the same moment.
                                throw new RuleException(null, "drafts.import.concurrent");
                            }
                            redirect.addFlashAttribute("flash", "drafts.import.saved");
                            return "redirect:/drafts/" + slug + "/revisions/" + saved.id();
                        },
                        () -> "drafts/preview");
    }

    private ProcessRef process(String slug) {
        return this.reading.overview(slug).process();
    }
}
