package org.earshot.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.earshot.access.AccessDeniedException;
import org.earshot.monitoring.MonitoringPolicyService;
import org.earshot.organization.NotFoundException;

/** A prompt's WAV file for the queues page's players and download links; the service decides who may have it. */
@WebServlet("/app/admin/prompt-audio")
public class PromptAudioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringPolicyService policies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a prompt's number");
            return;
        }
        byte[] wav;
        try {
            wav = policies.promptAudio(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        response.setContentType("audio/wav");
        response.setHeader("Content-Disposition", "inline; filename=\"prompt-" + id + ".wav\"");
        response.setContentLength(wav.length);
        response.getOutputStream().write(wav);
    }
}
