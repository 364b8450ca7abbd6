package org.earshot.web.evaluation;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.earshot.evaluation.CommentView;
import org.earshot.evaluation.Dispute;
import org.earshot.evaluation.EvaluationFilter;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.evaluation.EvaluationView;
import org.earshot.evaluation.Resolution;
import org.earshot.evaluation.StartedEvaluation;
import org.earshot.web.evaluation.ScorecardResource.AnswerInput;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Evaluations of recorded or live calls: answers scored by the server, comments pinned to the"
        + " recording, and the workflow (submit, acknowledge, dispute, resolve, appeal); scoped by EVALUATE_CALL, audited")
public class EvaluationResource {

    /** What to evaluate: a recording, or the caller's live monitoring session (exactly one); the scorecard when several fit. */
    public record StartRequest(UUID recordingId, Long monitoringSessionId, Long scorecardId) {
    }

    /** The draft's answers, replacing those saved before. A score sent along is not read: the server scores. */
    public record AnswersRequest(List<@Valid AnswerInput> answers) {
    }

    /** A comment, optionally pinned to a moment of the recording (ms from its start) and to a question. */
    public record CommentRequest(String text, Long offsetMillis, String questionKey) {
    }

    /** Why the agent objects, and to which questions (none: the evaluation as a whole). */
    public record DisputeRequest(String reason, Set<String> questionKeys) {

        Dispute toDispute() {
            return new Dispute(reason, questionKeys);
        }
    }

    /** UPHELD, or RE_SCORED with the answers of the new revision; why, in the note. */
    public record ResolveRequest(Resolution.Outcome outcome, String note, List<@Valid AnswerInput> answers) {
    }

    /** Why the evaluation is deleted, for the audit trail. */
    public record DeletionRequest(String reason) {
    }

    @EJB
    private EvaluationService evaluations;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The evaluations the caller may see, newest first: their drafts, their own as agent, and those of calls in scope")
    public ListView<EvaluationSummary> list(@QueryParam("agent") @Parameter(description = "The agent's user id") Long agentId,
                                            @QueryParam("evaluator") @Parameter(description = "The evaluator's user id") Long evaluatorId,
                                            @QueryParam("state") EvaluationState state,
                                            @QueryParam("call") @Parameter(description = "The call's id") String callId,
                                            @BeanParam PageParams page) {
        return ListView.of(evaluations.list(EvaluationFilter.of(agentId, evaluatorId, state, callId), page.toRequest()), e -> e);
    }

    @POST
    @Operation(summary = "Start a draft on a recorded call or from the caller's live monitoring session (one evaluation per session,"
            + " one draft of a recording per evaluator)")
    @APIResponse(responseCode = "201", description = "The draft; Location names it")
    @APIResponse(responseCode = "200", description = "The evaluation already made from this monitoring session, or the caller's own"
            + " draft of this recording (opened again, not a second one); Content-Location names it")
    @APIResponse(responseCode = "400", description = "Neither or both of recordingId and monitoringSessionId; several scorecards fit and none is named")
    @APIResponse(responseCode = "403", description = "The call is out of the caller's scope, or the session is not theirs (audited)")
    @APIResponse(responseCode = "404", description = "No such recording or monitoring session")
    @APIResponse(responseCode = "409", description = "No published scorecard is assigned to the call's queue or agent's team; the"
            + " monitoring session has ended without an evaluation (audited)")
    public Response start(StartRequest request) {
        StartRequest start = requireBody(request);
        if ((start.recordingId() == null) == (start.monitoringSessionId() == null)) {
            throw new InvalidRequestException("recordingId", "Name either a recording or a monitoring session");
        }
        StartedEvaluation evaluation = start.recordingId() != null ? evaluations.startOnRecording(start.recordingId(), start.scorecardId())
                : evaluations.startFromSession(start.monitoringSessionId(), start.scorecardId());
        long id = evaluation.evaluation().summary().id();
        return evaluation.started() ? Created.at(uri, id, evaluation.evaluation())
                : Response.ok(evaluation.evaluation()).contentLocation(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One evaluation: its answers, score and explanation, revisions, comments and disputes")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not one the caller may see (audited)")
    public EvaluationView get(@PathParam("id") long id) {
        return evaluations.get(id);
    }

    @PUT
    @Path("{id}/answers")
    @Operation(summary = "Save a draft's answers; the response has the score the server computed")
    @APIResponse(responseCode = "400", description = "An answer names no question or does not fit it: one error per answer, nothing saved")
    @APIResponse(responseCode = "409", description = "The evaluation is no longer a draft")
    public EvaluationView saveAnswers(@PathParam("id") long id, AnswersRequest request) {
        return evaluations.saveAnswers(id, ScorecardResource.answers(requireBody(request).answers()));
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on the evaluation, optionally at a moment of the recording and on a question")
    @APIResponse(responseCode = "201", description = "The comment")
    public Response comment(@PathParam("id") long id, CommentRequest request) {
        CommentRequest comment = requireBody(request);
        CommentView created = evaluations.comment(id, comment.text(), comment.offsetMillis(), comment.questionKey());
        return Created.at(uri, created.id(), created);
    }

    @DELETE
    @Path("{id}/comments/{commentId}")
    @Operation(summary = "Remove a comment: only its author")
    public EvaluationView removeComment(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        return evaluations.removeComment(id, commentId);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the draft to the agent: revision 1")
    @APIResponse(responseCode = "400", description = "Questions are unanswered: one error per question")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public EvaluationView submit(@PathParam("id") long id) {
        return evaluations.submit(id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "The agent accepts the evaluation, or the resolution of their dispute")
    @APIResponse(responseCode = "409", description = "Not submitted nor resolved: the workflow's reason")
    public EvaluationView acknowledge(@PathParam("id") long id) {
        return evaluations.acknowledge(id);
    }

    @POST
    @Path("{id}/dispute")
    @Operation(summary = "The agent disputes the evaluation, as a whole or on questions, within the window")
    @APIResponse(responseCode = "409", description = "Not submitted, or the window closed")
    public EvaluationView dispute(@PathParam("id") long id, DisputeRequest request) {
        return evaluations.dispute(id, requireBody(request).toDispute());
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "A reviewer who is neither the evaluator nor the agent upholds or re-scores (a new revision, the old kept)")
    @APIResponse(responseCode = "403", description = "The caller is the evaluator or the agent (audited)")
    @APIResponse(responseCode = "409", description = "Nothing is disputed or appealed")
    public EvaluationView resolve(@PathParam("id") long id, ResolveRequest request) {
        ResolveRequest resolve = requireBody(request);
        return evaluations.resolve(id, new Resolution(resolve.outcome(), resolve.note()),
                resolve.answers() == null ? null : ScorecardResource.answers(resolve.answers()));
    }

    @POST
    @Path("{id}/appeal")
    @Operation(summary = "The agent appeals the resolution to a second reviewer, within the window")
    @APIResponse(responseCode = "409", description = "Not resolved, or the window closed")
    public EvaluationView appeal(@PathParam("id") long id, DisputeRequest request) {
        return evaluations.appeal(id, requireBody(request).toDispute());
    }

    @POST
    @Path("{id}/deletion")
    @Operation(summary = "Compliance deletes an evaluation with its revisions, comments and disputes; it leaves the dashboards' figures")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "The caller does not manage recordings for the whole organization (audited)")
    @APIResponse(responseCode = "409", description = "A sampling draw picked it and keeps it")
    public void delete(@PathParam("id") long id, DeletionRequest request) {
        evaluations.delete(id, requireBody(request).reason());
    }
}
