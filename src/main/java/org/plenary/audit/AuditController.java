package org.plenary.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators, newest first, filtered by entity type and user.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String entityType = StringUtils.hasText(type) ? type : null;
        String username = StringUtils.hasText(user) ? user : null;
        model.addAttribute(
                "entries", this.entries.search(entityType, username, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("types", this.entries.entityTypes());
        model.addAttribute("type", entityType);
        model.addAttribute("user", username);
        return "audit/audit";
    }
}
