package org.plenary.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form and request parameter is bound, in one place: text is trimmed and blank text is {@code null} (so no
 * service has to turn blanks into nulls), except in forms that hold a secret ({@link KeepsTextAsTyped}); lists grow
 * to {@link #MAX_LIST_ROWS} rows at most.
 */
@ControllerAdvice
class FormBinding {

    /**
     * The most rows a list in a form may have (the import preview's nodes: a long draft has a few hundred). An index
     * beyond it, such as a hand-made {@code nodes[99999]}, is refused with a 400 instead of growing the list to it;
     * Spring's default of 256 was too small for a real draft.
     */
    static final int MAX_LIST_ROWS = 5_000;

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_LIST_ROWS);
        if (!keepsTextAsTyped(binder)) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        }
    }

    private static boolean keepsTextAsTyped(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget() instanceof KeepsTextAsTyped;
        }
        ResolvableType type = binder.getTargetType();
        return type != null && KeepsTextAsTyped.class.isAssignableFrom(type.toClass());
    }
}
