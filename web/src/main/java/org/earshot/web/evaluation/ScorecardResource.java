package org.earshot.web.evaluation;

import static org.earshot.web.rest.InvalidRequestException.requireBody;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.FormChange;
import org.earshot.evaluation.FormValidation;
import org.earshot.evaluation.FormVersion;
import org.earshot.evaluation.ScorePreview;
import org.earshot.evaluation.ScorecardService;
import org.earshot.evaluation.ScorecardView;
import org.earshot.evaluation.SignalPreAnswer;
import org.earshot.evaluation.VersionView;
import org.earshot.recording.SpeechSignal;
import org.earshot.web.rest.Created;
import org.earshot.web.rest.InvalidRequestException;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.earshot.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "Evaluation forms: versions (draft, published, retired), assignments, diff, JSON export and"
        + " import (schema: docs/quality.md), and scoring a sample; QA evaluators and supervisors, audited")
public class ScorecardResource {

    /** A new, empty scorecard: its name and what it is for. */
    public record CreateRequest(
            @NotBlank(message = "{earshot.scorecard.name.required}")
            @Size(max = FormValidation.NAME_LENGTH, message = "{earshot.scorecard.name.size}") String name,
            @Size(max = FormValidation.DESCRIPTION_LENGTH, message = "{earshot.scorecard.description.size}") String description) {
    }

    /** The version a new draft is copied from. */
    public record DraftRequest(@NotNull(message = "{earshot.scorecard.from.required}") Integer from) {
    }

    /** Exactly the queues and teams the scorecard is for; empty sets unassign it. */
    public record AssignmentRequest(Set<Long> queueIds, Set<Long> teamIds) {
    }

    /** One sample answer: a question's key and its value (text, or a whole number for a scale), or N/A. */
    public record AnswerInput(@NotBlank(message = "{earshot.scorecard.answer.question.required}") String question, JsonValue value,
                              boolean notApplicable) {
    }

    /** Sample answers and, optionally, speech signals by key (silenceLongestMs: 41000) to see the answers they propose. */
    public record PreviewRequest(List<@Valid AnswerInput> answers, Map<String, Long> signals) {
    }

    /** A version and its form, the JSON document export gives and import takes. */
    public record VersionWithForm(VersionView version, JsonObject form) {

        static VersionWithForm of(FormVersion version) {
            return new VersionWithForm(version.version(), json(version.definition()));
        }
    }

    @EJB
    private ScorecardService scorecards;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The scorecards, by name, with their published and draft version numbers and assignments")
    public ListView<ScorecardView> list(@QueryParam("name") @Parameter(description = "Part of the name") String name,
                                       @BeanParam PageParams page) {
        return ListView.of(scorecards.list(name, page.toRequest()), s -> s);
    }

    @POST
    @Operation(summary = "Create an empty scorecard: its first version is a draft with no sections yet")
    @APIResponse(responseCode = "201", description = "The scorecard; Location names it")
    @APIResponse(responseCode = "409", description = "A scorecard has this name already")
    public Response create(CreateRequest request) {
        CreateRequest scorecard = requireBody(request);
        ScorecardView created = scorecards.create(scorecard.name(), scorecard.description());
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("import")
    @Operation(summary = "Create a scorecard from a form's JSON (as exported): its first version is a draft of that form")
    @APIResponse(responseCode = "201", description = "The scorecard; Location names it")
    @APIResponse(responseCode = "400", description = "The document breaks the schema or the form's rules: one error per field, at its path")
    public Response importForm(JsonObject form) {
        ScorecardView created = scorecards.importForm(requireBody(form).toString());
        URI location = uri.getBaseUriBuilder().path(ScorecardResource.class).path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One scorecard")
    public ScorecardView get(@PathParam("id") @Parameter(description = "The scorecard's id") long id) {
        return scorecards.get(id);
    }

    @PUT
    @Path("{id}/assignments")
    @Operation(summary = "Assign the scorecard to exactly these queues and teams; the caller's grant must reach the old and the new ones")
    public ScorecardView assign(@PathParam("id") long id, AssignmentRequest request) {
        AssignmentRequest assignment = requireBody(request);
        return scorecards.assign(id, Optional.ofNullable(assignment.queueIds()).orElse(Set.of()),
                Optional.ofNullable(assignment.teamIds()).orElse(Set.of()));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "The scorecard's versions, oldest first")
    public List<VersionView> versions(@PathParam("id") long id) {
        return scorecards.versions(id);
    }

    @POST
    @Path("{id}/versions")
    @Operation(summary = "Start a new draft copied from a version: how a published form is edited")
    @APIResponse(responseCode = "201", description = "The draft; Location names it")
    @APIResponse(responseCode = "409", description = "The scorecard has a draft already")
    public Response startDraft(@PathParam("id") long id, DraftRequest request) {
        VersionWithForm draft = VersionWithForm.of(scorecards.startDraft(id, requireBody(request).from()));
        return Created.at(uri, draft.version().number(), draft);
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One version with its form")
    public VersionWithForm version(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionWithForm.of(scorecards.version(id, number));
    }

    @PUT
    @Path("{id}/versions/{number}")
    @Operation(summary = "Save a draft's form (the JSON document import takes, so importing into a draft is this call)")
    @APIResponse(responseCode = "400", description = "The form breaks the schema or its rules: one error per field, at its path")
    @APIResponse(responseCode = "409", description = "The version is published or retired: start a new draft from it")
    public VersionWithForm saveDraft(@PathParam("id") long id, @PathParam("number") int number, JsonObject form) {
        return VersionWithForm.of(scorecards.saveDraft(id, number, requireBody(form).toString()));
    }

    @POST
    @Path("{id}/versions/{number}/publish")
    @Operation(summary = "Publish a draft; the version published before it is retired")
    @APIResponse(responseCode = "400", description = "The draft is not complete: no section, an empty section, no scored question")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    public VersionWithForm publish(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionWithForm.of(scorecards.publish(id, number));
    }

    @POST
    @Path("{id}/versions/{number}/retire")
    @Operation(summary = "Retire the published version: no new evaluation uses it, those made with it keep it")
    @APIResponse(responseCode = "409", description = "The version is not the published one")
    public VersionWithForm retire(@PathParam("id") long id, @PathParam("number") int number) {
        return VersionWithForm.of(scorecards.retire(id, number));
    }

    @GET
    @Path("{id}/versions/{number}/export")
    @Operation(summary = "A version's form as a JSON document to save, share or import")
    public Response export(@PathParam("id") long id, @PathParam("number") int number) {
        FormVersion version = scorecards.version(id, number);
        return Response.ok(json(version.definition()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scorecard-" + id + "-v" + number + ".json\"").build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from one version to another: the form's fields, sections and questions added, removed or changed")
    public List<FormChange> diff(@PathParam("id") long id,
                                 @QueryParam("from") @Parameter(description = "The older version's number", required = true) Integer from,
                                 @QueryParam("to") @Parameter(description = "The newer version's number", required = true) Integer to) {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "Name the two versions to compare: from and to");
        }
        return scorecards.diff(id, from, to);
    }

    @POST
    @Path("{id}/versions/{number}/preview")
    @Operation(summary = "Score sample answers against a version, saving nothing: the score, its explanation, and the answers signals propose")
    @APIResponse(responseCode = "400", description = "An answer names no question of the form or does not fit it; an unknown signal")
    public ScorePreview preview(@PathParam("id") long id, @PathParam("number") int number, PreviewRequest request) {
        PreviewRequest preview = requireBody(request);
        return scorecards.preview(id, number, answers(preview.answers()), signals(preview.signals()));
    }

    /** Answers as the API takes them (text, a whole number, or N/A), each question once; shared with evaluations. */
    static Map<String, Answer> answers(List<AnswerInput> inputs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (AnswerInput input : inputs == null ? List.<AnswerInput>of() : inputs) {
            String field = "answers/" + input.question();
            JsonValue value = input.value() == null ? JsonValue.NULL : input.value();
            if (answers.containsKey(input.question())) {
                errors.add(new Problem.FieldError(field, "Answer each question once"));
            } else if (input.notApplicable() && value == JsonValue.NULL) {
                answers.put(input.question(), Answer.NOT_APPLICABLE);
            } else if (!input.notApplicable() && value instanceof JsonString text) {
                answers.put(input.question(), Answer.of(text.getString()));
            } else if (!input.notApplicable() && value instanceof JsonNumber number && number.isIntegral()) {
                answers.put(input.question(), Answer.of(number.bigIntegerValue().toString()));
            } else {
                errors.add(new Problem.FieldError(field, "Give a value (text, or a whole number for a scale), or notApplicable: true"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some answers are not answers", errors);
        }
        return answers;
    }

    private static Map<SpeechSignal, Long> signals(Map<String, Long> byKey) {
        Map<SpeechSignal, Long> signals = new EnumMap<>(SpeechSignal.class);
        (byKey == null ? Map.<String, Long>of() : byKey).forEach((key, value) -> signals.put(SignalPreAnswer.signalOf(key)
                .orElseThrow(() -> new InvalidRequestException("signals/" + key, "No speech signal is called " + key)), value));
        return signals;
    }

    private static JsonObject json(String definition) {
        try (var reader = Json.createReader(new StringReader(definition))) {
            return reader.readObject();
        }
    }
}
