package org.earshot.web.coaching;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.earshot.coaching.AttachmentKind;
import org.earshot.coaching.AttachmentView;
import org.earshot.coaching.CaseloadRow;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.GoalSubject;
import org.earshot.coaching.GoalView;
import org.earshot.coaching.NewAction;
import org.earshot.coaching.NewAttachment;
import org.earshot.coaching.NewGoal;
import org.earshot.coaching.PlanSource;
import org.earshot.coaching.PlanStatus;
import org.earshot.coaching.PlanSummary;
import org.earshot.coaching.PlanView;
import org.earshot.coaching.SessionView;
import org.earshot.coaching.TargetKind;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("coaching")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coaching", description = "Coaching plans with goals on scorecard questions or sections and their computed progress, sessions"
        + " with agreed actions and attached evaluations, recordings and snippets, the agent's acknowledgement, a coach's caseload;"
        + " scoped by COACH_AGENT (the agent reads their own), audited")
public class CoachingResource {

    /** A new plan for an agent; the title defaults to "Coaching plan for <name>". */
    public record PlanRequest(Long agentId, String title) {
    }

    /** A plan proposed from an outcome: EVALUATION or DISPUTE with the evaluation's id, CALIBRATION with the session's. */
    public record ProposalRequest(PlanSource source, Long sourceId, String title) {
    }

    /** A goal on a scorecard's question or section (by key), its target in percent and its due date. */
    public record GoalRequest(Long scorecardId, GoalSubject subject, String key, TargetKind targetKind, BigDecimal targetValue,
                              LocalDate dueOn) {
    }

    /** A goal's new target and due date; confirms a proposed goal. */
    public record TargetRequest(TargetKind targetKind, BigDecimal targetValue, LocalDate dueOn) {
    }

    public record ScheduleRequest(Instant scheduledAt, Integer durationMinutes) {
    }

    /** A held session's notes and the actions agreed, each due on a date. */
    public record OutcomeRequest(String notes, List<NewAction> actions) {
    }

    /** An evaluation (evaluationId), a whole recording (recordingId) or a snippet of one (recordingId, startMs, endMs). */
    public record AttachmentRequest(AttachmentKind kind, Long evaluationId, UUID recordingId, Long startMs, Long endMs, String note) {
    }

    public record AcknowledgementRequest(String comment) {
    }

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    @Context
    private UriInfo uri;

    @GET
    @Path("plans")
    @Operation(summary = "The plans the caller may see, newest first: their own as agent and those of the agents they coach")
    public ListView<PlanSummary> plans(@QueryParam("agent") @Parameter(description = "The agent's user id") Long agentId,
                                       @QueryParam("status") PlanStatus status, @BeanParam PageParams page) {
        return ListView.of(coaching.list(agentId, status, page.toRequest()), p -> p);
    }

    @POST
    @Path("plans")
    @Operation(summary = "Start a plan for an agent the caller coaches")
    @APIResponse(responseCode = "201", description = "The plan; Location names it")
    @APIResponse(responseCode = "400", description = "No agent named, or not an agent")
    @APIResponse(responseCode = "403", description = "The agent is out of the caller's COACH_AGENT scope (audited)")
    @APIResponse(responseCode = "409", description = "The agent has an active plan already")
    public Response create(PlanRequest request) {
        PlanRequest plan = requireBody(request);
        return created("plans", coaching.create(plan.agentId(), plan.title()));
    }

    @POST
    @Path("plans/proposed")
    @Operation(summary = "Start a plan from an evaluation, a dispute's outcome or a calibration: its failed questions become proposed goals")
    @APIResponse(responseCode = "201", description = "The plan with its proposed goals; Location names it")
    @APIResponse(responseCode = "404", description = "No such outcome the caller may see (audited)")
    @APIResponse(responseCode = "409", description = "A draft, an unsettled dispute, an open calibration, or the agent has an active plan")
    public Response propose(ProposalRequest request) {
        ProposalRequest proposal = requireBody(request);
        return created("plans", coaching.propose(proposal.source(), proposal.sourceId(), proposal.title()));
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "A plan with its goals' computed progress and its sessions")
    @APIResponse(responseCode = "404", description = "No such plan, or not one the caller may see (audited)")
    public PlanView plan(@PathParam("id") long id) {
        return coaching.get(id);
    }

    @POST
    @Path("plans/{id}/end")
    @Operation(summary = "End the plan: open goals withdrawn; ACHIEVED, MISSED or CLOSED from the settled goals")
    public PlanView end(@PathParam("id") long id) {
        return coaching.end(id);
    }

    @POST
    @Path("plans/{id}/goals")
    @Operation(summary = "Add an active goal to the plan")
    @APIResponse(responseCode = "201", description = "The goal with its progress")
    @APIResponse(responseCode = "400", description = "Every fault on its field: scorecard, subject, key, target, due date")
    public Response addGoal(@PathParam("id") long id, GoalRequest request) {
        GoalRequest goal = requireBody(request);
        GoalView added = coaching.addGoal(id, new NewGoal(goal.scorecardId(), goal.subject(), goal.key(), goal.targetKind(),
                goal.targetValue(), goal.dueOn()));
        return Created.at(uri, added.id(), added);
    }

    @GET
    @Path("plans/{id}/goals/{goalId}")
    @Operation(summary = "A goal and its progress: one point per evaluation with the running value, against the target")
    public GoalView goal(@PathParam("id") long id, @PathParam("goalId") long goalId) {
        return coaching.goal(id, goalId);
    }

    @PUT
    @Path("plans/{id}/goals/{goalId}")
    @Operation(summary = "Change a goal's target and due date; a proposed goal is confirmed")
    public GoalView changeGoal(@PathParam("id") long id, @PathParam("goalId") long goalId, TargetRequest request) {
        TargetRequest target = requireBody(request);
        return coaching.changeGoal(id, goalId, target.targetKind(), target.targetValue(), target.dueOn());
    }

    @POST
    @Path("plans/{id}/goals/{goalId}/settle")
    @Operation(summary = "Settle an active goal from its computed progress: ACHIEVED when it meets its target, else MISSED")
    public GoalView settleGoal(@PathParam("id") long id, @PathParam("goalId") long goalId) {
        return coaching.settleGoal(id, goalId);
    }

    @POST
    @Path("plans/{id}/goals/{goalId}/withdraw")
    @Operation(summary = "Withdraw a proposed or active goal (CLOSED)")
    public GoalView withdrawGoal(@PathParam("id") long id, @PathParam("goalId") long goalId) {
        return coaching.withdrawGoal(id, goalId);
    }

    @POST
    @Path("plans/{id}/sessions")
    @Operation(summary = "Schedule a session of the plan with its agent")
    @APIResponse(responseCode = "201", description = "The session; Location names it under /coaching/sessions")
    public Response schedule(@PathParam("id") long id, ScheduleRequest request) {
        ScheduleRequest schedule = requireBody(request);
        SessionView session = sessions.schedule(id, schedule.scheduledAt(), schedule.durationMinutes());
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("coaching/sessions/{id}").build(session.summary().id()))
                .entity(session).build();
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session with its notes, agreed actions, attachments and the agent's acknowledgement")
    @APIResponse(responseCode = "404", description = "No such session, or not one the caller may see (audited)")
    public SessionView session(@PathParam("id") long id) {
        return sessions.get(id);
    }

    @POST
    @Path("sessions/{id}/complete")
    @Operation(summary = "The session was held: notes and agreed actions")
    @APIResponse(responseCode = "400", description = "Each fault on its field (actions/<i>/text, actions/<i>/dueOn, notes)")
    @APIResponse(responseCode = "409", description = "The session is not scheduled")
    public SessionView complete(@PathParam("id") long id, OutcomeRequest request) {
        OutcomeRequest outcome = requireBody(request);
        return sessions.complete(id, outcome.notes(), outcome.actions());
    }

    @POST
    @Path("sessions/{id}/miss")
    @Operation(summary = "The agent did not come")
    public SessionView miss(@PathParam("id") long id) {
        return sessions.miss(id);
    }

    @POST
    @Path("sessions/{id}/cancel")
    @Operation(summary = "The session will not take place")
    public SessionView cancel(@PathParam("id") long id) {
        return sessions.cancel(id);
    }

    @POST
    @Path("sessions/{id}/attachments")
    @Operation(summary = "Attach an evaluation, a recording or a snippet the caller may see to a scheduled or held session")
    @APIResponse(responseCode = "201", description = "The attachment")
    @APIResponse(responseCode = "400", description = "An evaluation or recording the caller may not see, a snippet's marks out of order"
            + " or outside the recording: on the field")
    public Response attach(@PathParam("id") long id, AttachmentRequest request) {
        AttachmentRequest a = requireBody(request);
        AttachmentView added = sessions.attach(id, new NewAttachment(a.kind(), a.evaluationId(), a.recordingId(), a.startMs(), a.endMs(), a.note()));
        return Created.at(uri, added.id(), added);
    }

    @DELETE
    @Path("sessions/{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment")
    public SessionView detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return sessions.detach(id, attachmentId);
    }

    @POST
    @Path("sessions/{id}/acknowledge")
    @Operation(summary = "The agent acknowledges a held session, optionally with a comment")
    @APIResponse(responseCode = "403", description = "The caller is not the session's agent (audited)")
    @APIResponse(responseCode = "409", description = "Not held, or acknowledged already")
    public SessionView acknowledge(@PathParam("id") long id, AcknowledgementRequest request) {
        return sessions.acknowledge(id, request == null ? null : request.comment());
    }

    @POST
    @Path("sessions/{id}/actions/{actionId}/done")
    @Operation(summary = "Mark an agreed action done: the agent or a coach")
    public SessionView actionDone(@PathParam("id") long id, @PathParam("actionId") long actionId) {
        return sessions.actionDone(id, actionId);
    }

    @GET
    @Path("caseload")
    @Operation(summary = "The agents the caller coaches: active plan, open goals, sessions this week, next session, overdue actions")
    public ListView<CaseloadRow> caseload(@BeanParam PageParams page) {
        return ListView.of(coaching.caseload(page.toRequest()), r -> r);
    }

    private Response created(String collection, PlanView plan) {
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("coaching").path(collection).path(String.valueOf(plan.summary().id()))
                .build()).entity(plan).build();
    }
}
