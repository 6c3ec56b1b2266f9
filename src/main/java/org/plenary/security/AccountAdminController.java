package org.plenary.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;

/**
 * Administration of accounts: the list, creating one, editing its name, role and whether it may log in, and setting
 * a new password.
 */
@Controller
class AccountAdminController {

    private static final String ACCOUNT = "admin/accounts/account";

    private final Accounts accounts;

    private final AccountAdministration administration;

    AccountAdminController(Accounts accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", this.accounts.findRows());
        model.addAttribute("locked", this.administration.locked());
        return "admin/accounts/list";
    }

    @GetMapping("/admin/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("form", NewAccountForm.empty());
        model.addAttribute("roles", Role.values());
        return "admin/accounts/new";
    }

    @PostMapping("/admin/accounts")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            Account account = this.administration.create(form);
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/accounts/" + account.getId();
                        },
                        () -> {
                            model.addAttribute("roles", Role.values());
                            return "admin/accounts/new";
                        });
    }

    @GetMapping("/admin/accounts/{id}")
    String account(@PathVariable Long id, Model model) {
        return page(this.administration.account(id), model);
    }

    @PostMapping("/admin/accounts/{id}")
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Principal editor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    Account saved = this.administration.account(id);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.account.displayName", form.displayName(), saved.getDisplayName())
                                    .field("admin.account.role", form.role(), saved.getRole())
                                    .field("admin.account.enabled", form.enabled(), saved.isEnabled())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.getVersion()));
                    return page(saved, model);
                })
                .save(
                        () -> {
                            this.administration.update(id, form, editor.getName());
                            redirect.addFlashAttribute("flash", "admin.saved");
                            return "redirect:/admin/accounts/" + id;
                        },
                        () -> page(this.administration.account(id), model));
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(
            @PathVariable Long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.resetPassword(id, form.password());
                            redirect.addFlashAttribute("flash", "admin.account.password.changed");
                            return "redirect:/admin/accounts/" + id;
                        },
                        () -> page(this.administration.account(id), model));
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        this.administration.unlock(id);
        redirect.addFlashAttribute("flash", "admin.account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    private String page(Account account, Model model) {
        model.addAttribute("lock", this.administration.locked().get(LoginThrottle.username(account.getUsername())));
        model.addAttribute(
                "account",
                new AccountRow(
                        account.getId(),
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getRole(),
                        account.isEnabled(),
                        account.getCreatedAt()));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AccountForm.of(account));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(""));
        }
        return ACCOUNT;
    }
}
