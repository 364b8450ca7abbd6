package org.earshot.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import org.primefaces.PrimeFaces;

/** The layout's growl, where outcomes and problems that belong to no single input are announced. */
public final class Growl {

    private static final String CLIENT_ID = "growl";

    private Growl() {
    }

    static void info(String text) {
        show(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        show(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        // Once rendering has begun the partial response's targets are fixed; the growl then still shows
        // the message when it has yet to render, which is why the layout places it after the content.
        if (faces.getPartialViewContext().isAjaxRequest() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            PrimeFaces.current().ajax().update(CLIENT_ID);
        }
    }
}
