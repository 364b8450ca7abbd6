package org.earshot.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.earshot.access.AccessDeniedException;
import org.earshot.rules.RuleViolation;

/**
 * Shows a service's refusal where the user will fix it: on the input of the form that the
 * exception names (form inputs carry the ids of the services' field names), otherwise in the growl.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(RuntimeException problem, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String field = fieldOf(problem);
        UIComponent input = formId == null || field == null ? null
                : faces.getViewRoot().findComponent(":" + formId + ":" + field);
        if (input == null) {
            Growl.error(textOf(problem));
        } else {
            faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, textOf(problem), null));
        }
        // Tells the page's oncomplete handlers to keep the dialog open, as after a failed validation.
        faces.validationFailed();
    }

    private static String fieldOf(RuntimeException problem) {
        return problem instanceof RuleViolation violation ? violation.getField() : null;
    }

    private static String textOf(RuntimeException problem) {
        return problem instanceof AccessDeniedException ? "Not allowed: " + problem.getMessage() : problem.getMessage();
    }
}
