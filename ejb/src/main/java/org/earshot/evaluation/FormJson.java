package org.earshot.evaluation;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.earshot.rules.FieldViolation;

/**
 * A form as JSON, the format of export and import and of what each version stores. Reading checks
 * the text against the published JSON Schema ({@code /scorecards/form.v1.schema.json}) first, so
 * every structural fault is a field error at its path ({@code sections/0/questions/2/weight}, a
 * missing or unknown member named by its own path), then
 * builds the form; the rules that need the whole form are {@link FormValidation}'s. Writing is
 * canonical: members in a fixed order, absent parts left out, whole numbers without a fraction, so a
 * form always writes to the same text and a version's stored text is its export. A form still being
 * designed may lack a required part (a question added but not yet named); it is left out too, so that
 * reading the text back names it as missing at its path.
 */
public final class FormJson {

    public static final String FORMAT = "earshot.scorecard.v1";
    public static final String SCHEMA = "/scorecards/form.v1.schema.json";

    private static final Schema FORM_SCHEMA = loadSchema();
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private FormJson() {
    }

    /** The form the text holds, or a {@link ScorecardException} naming every structural fault. */
    public static Form read(String text) {
        if (text == null || text.isBlank()) {
            throw new ScorecardException(null, "Send the form as JSON");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new ScorecardException(null, "The form is not valid JSON: unexpected input at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber());
        }
        List<FieldViolation> structural = schemaViolations(text);
        if (!structural.isEmpty()) {
            throw new ScorecardException(structural);
        }
        JsonObject form = value.asJsonObject();
        return new Form(form.getString("name"), optionalString(form, "description"),
                form.getJsonArray("sections").getValuesAs(JsonObject.class).stream().map(FormJson::section).toList());
    }

    /** The canonical text of a form, as versions store it and export gives it. */
    public static String write(Form form) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = GENERATORS.createGenerator(text)) {
            out.writeStartObject().write("format", FORMAT);
            optional(out, "name", form.name());
            optional(out, "description", form.description());
            out.writeStartArray("sections");
            for (FormSection section : form.sections()) {
                out.writeStartObject();
                optional(out, "key", section.key());
                optional(out, "title", section.title());
                number(out, "weight", section.weight());
                out.writeStartArray("questions");
                section.questions().forEach(q -> writeQuestion(out, q));
                out.writeEnd().writeEnd();
            }
            out.writeEnd().writeEnd();
        }
        return text.toString();
    }

    /** The faults the schema finds, ordered by field path; a fault of the document as a whole has none. */
    static List<FieldViolation> schemaViolations(String text) {
        return FORM_SCHEMA.validate(text, InputFormat.JSON).stream()
                .map(e -> new FieldViolation(pathOf(e), e.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field, Comparator.nullsFirst(Comparator.naturalOrder()))).distinct().toList();
    }

    private static String pathOf(Error error) {
        NodePath location = error.getInstanceLocation();
        List<String> names = new ArrayList<>(IntStream.range(0, location.getNameCount()).mapToObj(location::getName).toList());
        // A missing or unknown member may be reported on its object; the path names the member itself.
        boolean aboutMember = "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
        if (aboutMember && error.getProperty() != null && (names.isEmpty() || !names.get(names.size() - 1).equals(error.getProperty()))) {
            names.add(error.getProperty());
        }
        return names.isEmpty() ? null : String.join("/", names);
    }

    private static FormSection section(JsonObject json) {
        return new FormSection(json.getString("key"), json.getString("title"), number(json, "weight", 1),
                json.getJsonArray("questions").getValuesAs(JsonObject.class).stream().map(FormJson::question).toList());
    }

    private static Question question(JsonObject json) {
        JsonObject scale = json.getJsonObject("scale");
        JsonArray choices = json.getJsonArray("choices");
        return new Question(json.getString("key"), QuestionType.valueOf(json.getString("type")), json.getString("text"),
                optionalString(json, "help"), number(json, "weight", 1), json.getBoolean("naAllowed", false),
                scale == null ? null : new ScaleRange(scale.getInt("min"), scale.getInt("max")),
                choices == null ? List.of() : choices.getValuesAs(JsonObject.class).stream().map(FormJson::choice).toList(),
                optionalString(json, "passingAnswer"),
                new Critical(CriticalLevel.valueOf(json.getString("critical", CriticalLevel.NONE.name())),
                        optionalString(json, "failingAnswer"), json.containsKey("failBelow") ? json.getInt("failBelow") : null),
                condition(json.getJsonObject("shownWhen")), preAnswer(json.getJsonObject("preAnswer")));
    }

    private static Choice choice(JsonObject json) {
        return new Choice(json.getString("value"), json.getString("label"), number(json, "points", 0), json.getBoolean("failing", false));
    }

    private static Condition condition(JsonObject json) {
        return json == null ? null : new Condition(json.getString("question"), answerText(json.get("equals")));
    }

    private static SignalPreAnswer preAnswer(JsonObject json) {
        if (json == null) {
            return null;
        }
        SignalCondition condition = new SignalCondition(SignalPreAnswer.signalOf(json.getString("signal")).orElseThrow(),
                SignalCondition.Comparison.valueOf(json.getString("comparison")), json.getJsonNumber("threshold").doubleValue());
        return new SignalPreAnswer(condition, answerText(json.get("whenTrue")), answerText(json.get("whenFalse")));
    }

    /** An answer written as a string or, for a scale, as a whole number. */
    private static String answerText(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : ((JsonNumber) value).bigIntegerValue().toString();
    }

    private static String optionalString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static double number(JsonObject json, String name, double absent) {
        JsonNumber value = json.getJsonNumber(name);
        return value == null ? absent : value.doubleValue();
    }

    private static void writeQuestion(JsonGenerator out, Question q) {
        out.writeStartObject();
        optional(out, "key", q.key());
        out.write("type", q.type().name());
        optional(out, "text", q.text());
        optional(out, "help", q.help());
        number(out, "weight", q.weight());
        out.write("naAllowed", q.naAllowed());
        if (q.scale() != null) {
            out.writeStartObject("scale").write("min", q.scale().min()).write("max", q.scale().max()).writeEnd();
        }
        if (!q.choices().isEmpty()) {
            out.writeStartArray("choices");
            for (Choice c : q.choices()) {
                out.writeStartObject();
                optional(out, "value", c.value());
                optional(out, "label", c.label());
                number(out, "points", c.points());
                out.write("failing", c.failing()).writeEnd();
            }
            out.writeEnd();
        }
        optional(out, "passingAnswer", q.passingAnswer());
        out.write("critical", q.critical().level().name());
        optional(out, "failingAnswer", q.critical().failingAnswer());
        if (q.critical().failBelow() != null) {
            out.write("failBelow", q.critical().failBelow());
        }
        if (q.shownWhen() != null) {
            out.writeStartObject("shownWhen").write("question", q.shownWhen().question()).write("equals", q.shownWhen().equals()).writeEnd();
        }
        SignalPreAnswer pre = q.preAnswer();
        if (pre != null) {
            out.writeStartObject("preAnswer").write("signal", pre.condition().signal().key())
                    .write("comparison", pre.condition().comparison().name());
            number(out, "threshold", pre.condition().threshold());
            out.write("whenTrue", pre.whenTrue());
            optional(out, "whenFalse", pre.whenFalse());
            out.writeEnd();
        }
        out.writeEnd();
    }

    private static void optional(JsonGenerator out, String name, String value) {
        if (value != null) {
            out.write(name, value);
        }
    }

    /** Whole numbers as integers (1, not 1.0), others in plain decimal notation. */
    private static void number(JsonGenerator out, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.write(name, (long) value);
        } else {
            out.write(name, BigDecimal.valueOf(value));
        }
    }

    private static Schema loadSchema() {
        try (InputStream schema = FormJson.class.getResourceAsStream(SCHEMA)) {
            if (schema == null) {
                throw new IllegalStateException("Earshot is shipped without " + SCHEMA);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
