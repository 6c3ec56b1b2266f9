package org.plenary.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The one way a page handles a submitted form: when the form is valid, run the change; a {@link RuleException} of the
 * model becomes a field message ({@link FormErrors#reject}); a stale version (another user saved in between) shows
 * the form's conflict page with 409, keeping the user's input; every other failure shows the form again with
 * {@link #INVALID}, the one status of a refused form on every page.
 *
 * <pre>{@code
 * return FormSubmission.of(binding, response)
 *         .onConflict(() -> conflictPage(form, model))
 *         .save(() -> { administration.change(form); return "redirect:/admin/..."; }, () -> page(model));
 * }</pre>
 */
public final class FormSubmission {

    /** The status of a form shown again with its errors, on every page (also for rules no form caught). */
    public static final int INVALID = HttpServletResponse.SC_BAD_REQUEST;

    private final BindingResult binding;

    private final HttpServletResponse response;

    private Supplier<String> conflictPage;

    private FormSubmission(BindingResult binding, HttpServletResponse response) {
        this.binding = binding;
        this.response = response;
    }

    public static FormSubmission of(BindingResult binding, HttpServletResponse response) {
        return new FormSubmission(binding, response);
    }

    /**
     * The page for a stale version: typically the form with the saved values beside the user's (an {@link
     * EditConflict}) and the new version. Without it, a stale version answers the global 409 page.
     */
    public FormSubmission onConflict(Supplier<String> conflictPage) {
        this.conflictPage = conflictPage;
        return this;
    }

    /**
     * Runs {@code change} (which returns the view after success, usually a redirect) when the form has no errors;
     * otherwise, or when a rule refuses the change, shows {@code formPage} with status {@link #INVALID}.
     */
    public String save(Supplier<String> change, Supplier<String> formPage) {
        if (!this.binding.hasErrors()) {
            try {
                return change.get();
            } catch (RuleException ex) {
                FormErrors.reject(this.binding, ex);
            } catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
                if (this.conflictPage == null) {
                    throw ex;
                }
                this.response.setStatus(HttpServletResponse.SC_CONFLICT);
                return this.conflictPage.get();
            }
        }
        return invalid(this.response, formPage);
    }

    /** Shows a form again with its errors (found by the controller itself) and status {@link #INVALID}. */
    public static String invalid(HttpServletResponse response, Supplier<String> formPage) {
        response.setStatus(INVALID);
        return formPage.get();
    }
}
