package org.plenary.audit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.PageNumber;

/**
 * The audit trail for administrators: requests newest first, each with what it changed (field, before, after),
 * filtered by user, entity and date, 25 requests a page; and one request with all its changes.
 */
@Controller
class AuditController {

    private final AuditReader reader;

    AuditController(AuditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/admin/audit")
    String audit(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult binding,
            @RequestParam(defaultValue = "0") PageNumber page,
            Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            // A date that is not one: say so at the field, and show the whole trail meanwhile.
            response.setStatus(FormSubmission.INVALID);
            model.addAttribute("requests", this.reader.requests(new AuditFilter(null, null, null, null, null), 0));
        } else {
            model.addAttribute("requests", this.reader.requests(filter, page.value()));
        }
        model.addAttribute("types", this.reader.entityTypes());
        return "audit/audit";
    }

    @GetMapping("/admin/audit/requests/{id}")
    String request(@PathVariable long id, @RequestParam(defaultValue = "0") PageNumber page, Model model) {
        AuditViews.Request request =
                this.reader.request(id).orElseThrow(() -> new NotFoundException("audit.request.notFound", id));
        model.addAttribute("request", request);
        model.addAttribute("changes", this.reader.changesOf(request, page.value()));
        return "audit/request";
    }
}
