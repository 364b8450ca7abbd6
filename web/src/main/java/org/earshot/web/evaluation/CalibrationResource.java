package org.earshot.web.evaluation;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.earshot.evaluation.CalibrationCandidate;
import org.earshot.evaluation.CalibrationResult;
import org.earshot.evaluation.CalibrationService;
import org.earshot.evaluation.CalibrationSheetView;
import org.earshot.evaluation.CalibrationState;
import org.earshot.evaluation.CalibrationSummary;
import org.earshot.evaluation.NamedTrend;
import org.earshot.evaluation.NewCalibration;
import org.earshot.web.evaluation.ScorecardResource.AnswerInput;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("calibrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calibrations", description = "Calibration sessions: one recorded call scored blind by several evaluators and a reference on"
        + " one form version; the report (spread, agreement, deviation from the reference, score variance, Fleiss' kappa, bias and"
        + " drift) for the lead, and for the participants once closed. Led with LEAD_CALIBRATION, scored with EVALUATE_CALL, audited")
public class CalibrationResource {

    /**
     * A session to open: the recorded call, the reference and at least two evaluators (user ids) who may evaluate it; the
     * scorecard when several are assigned to the call; the due date (default: in a week).
     */
    public record CreateRequest(String title, UUID recordingId, Long scorecardId, Long referenceId, List<Long> evaluatorIds,
                                Instant dueAt) {

        NewCalibration toNew() {
            return new NewCalibration(title, recordingId, scorecardId, referenceId, evaluatorIds, dueAt);
        }
    }

    /** The caller's sheet's answers, replacing those saved before. A score sent along is not read: the server scores. */
    public record AnswersRequest(List<@Valid AnswerInput> answers) {
    }

    @EJB
    private CalibrationService calibrations;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The sessions the caller leads or scores in, newest first")
    public ListView<CalibrationSummary> list(@QueryParam("state") CalibrationState state, @BeanParam PageParams page) {
        return ListView.of(calibrations.list(state, page.toRequest()), s -> s);
    }

    @POST
    @Operation(summary = "Open a calibration session on a recorded call in the caller's scope")
    @APIResponse(responseCode = "201", description = "The session; Location names it")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (an invitee who may not evaluate the call, fewer than"
            + " two evaluators, the reference among them, a past due date): one error per field, nothing saved")
    @APIResponse(responseCode = "403", description = "The caller may not lead calibration on this call (audited)")
    @APIResponse(responseCode = "409", description = "No published scorecard is assigned to the call's queue or agent's team")
    public Response create(CreateRequest request) {
        CalibrationSummary created = calibrations.create(requireBody(request).toNew());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("trends")
    @Operation(summary = "Each evaluator's bias and drift across the closed sessions the caller led or scored in")
    public List<NamedTrend> trends() {
        return calibrations.trends();
    }

    @GET
    @Path("candidates")
    @Operation(summary = "Who the caller, leading calibration on the recording's call, may invite to score it")
    @APIResponse(responseCode = "400", description = "No such recording")
    @APIResponse(responseCode = "403", description = "The caller may not lead calibration on this call (audited)")
    public List<CalibrationCandidate> candidates(@QueryParam("recordingId") UUID recordingId) {
        return calibrations.candidates(recordingId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One session: its call, form version, who scores and who has submitted (never their answers)")
    @APIResponse(responseCode = "404", description = "No such session, or the caller neither leads it nor scores in it (audited)")
    public CalibrationSummary get(@PathParam("id") long id) {
        return calibrations.get(id);
    }

    @GET
    @Path("{id}/sheet")
    @Operation(summary = "The caller's own sheet and the score the server computed from it")
    @APIResponse(responseCode = "403", description = "The caller has no sheet in this session (audited)")
    public CalibrationSheetView sheet(@PathParam("id") long id) {
        return calibrations.sheet(id);
    }

    @PUT
    @Path("{id}/sheet")
    @Operation(summary = "Save the caller's answers; the response has the score the server computed")
    @APIResponse(responseCode = "400", description = "An answer names no question or does not fit it: one error per answer, nothing saved")
    @APIResponse(responseCode = "409", description = "The sheet was submitted or the session is closed")
    public CalibrationSheetView saveSheet(@PathParam("id") long id, AnswersRequest request) {
        return calibrations.saveAnswers(id, ScorecardResource.answers(requireBody(request).answers()));
    }

    @POST
    @Path("{id}/sheet/submit")
    @Operation(summary = "Make the caller's sheet final; the last sheet in closes the session")
    @APIResponse(responseCode = "400", description = "Questions are unanswered: one error per question")
    @APIResponse(responseCode = "409", description = "Already submitted, or the session is closed")
    public CalibrationSheetView submit(@PathParam("id") long id) {
        return calibrations.submit(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "The lead closes the session before every sheet is in: the report is flagged partial")
    @APIResponse(responseCode = "403", description = "The caller is not the session's lead (audited)")
    @APIResponse(responseCode = "409", description = "The session is already closed")
    public CalibrationSummary close(@PathParam("id") long id) {
        return calibrations.close(id);
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The report: per question spread and agreement, deviations from the reference, score variance, Fleiss' kappa,"
            + " each evaluator's lenient or strict reading and drift")
    @APIResponse(responseCode = "403", description = "Blind scoring: a participant reads it once the session is closed (audited)")
    public CalibrationResult report(@PathParam("id") long id) {
        return calibrations.report(id);
    }
}
