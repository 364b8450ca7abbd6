package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.earshot.recording.SpeechSignal;
import org.earshot.rules.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forms to and from JSON: canonical, round-tripping, and checked against the published schema field by field. */
class FormJsonTest {

    private static final String SMALL = """
            {"name":"Small","sections":[{"key":"s","title":"S","questions":[
              {"key":"q1","type":"SCALE","text":"How?","scale":{"min":1,"max":5}},
              {"key":"q2","type":"YES_NO","text":"Did?","weight":0.5,"shownWhen":{"question":"q1","equals":3}}]}]}""";

    @Test
    void aFormIsWrittenCanonicallyWithItsDefaultsSpelledOut() {
        assertThat(FormJson.write(FormJson.read(SMALL))).isEqualTo("{\"format\":\"earshot.scorecard.v1\",\"name\":\"Small\",\"sections\":["
                + "{\"key\":\"s\",\"title\":\"S\",\"weight\":1,\"questions\":["
                + "{\"key\":\"q1\",\"type\":\"SCALE\",\"text\":\"How?\",\"weight\":1,\"naAllowed\":false,\"scale\":{\"min\":1,\"max\":5},"
                + "\"critical\":\"NONE\"},"
                + "{\"key\":\"q2\",\"type\":\"YES_NO\",\"text\":\"Did?\",\"weight\":0.5,\"naAllowed\":false,\"passingAnswer\":\"YES\","
                + "\"critical\":\"NONE\",\"shownWhen\":{\"question\":\"q1\",\"equals\":\"3\"}}]}]}");
    }

    @Test
    void theDemoFormSurvivesExportAndImportUnchanged() throws IOException {
        Form demo = FormJson.read(demoForm());

        String exported = FormJson.write(demo);

        assertThat(FormJson.read(exported)).isEqualTo(demo);
        assertThat(FormJson.write(FormJson.read(exported))).isEqualTo(exported);
        assertThat(FormValidation.ofPublished(demo)).isEmpty();
        assertThat(demo.questions()).hasSizeBetween(12, 14)
                .anySatisfy(q -> assertThat(q.critical().level()).isEqualTo(CriticalLevel.FORM))
                .anySatisfy(q -> assertThat(q.critical().level()).isEqualTo(CriticalLevel.SECTION))
                .anySatisfy(q -> assertThat(q.shownWhen()).isNotNull())
                .anySatisfy(q -> assertThat(q.preAnswer()).isNotNull());
    }

    @ParameterizedTest(name = "{0} is an error on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            no name                | {"sections":[]}                                                                                  | name
            a weight that is text  | {"name":"F","sections":[{"key":"s","title":"S","weight":"heavy","questions":[]}]}                | sections/0/weight
            a negative weight      | {"name":"F","sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"YES_NO","text":"T","weight":-1}]}]} | sections/0/questions/0/weight
            an unknown type        | {"name":"F","sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"ESSAY","text":"T"}]}]} | sections/0/questions/0/type
            an unknown member      | {"name":"F","sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"TEXT","text":"T","colour":"red"}]}]} | sections/0/questions/0/colour
            a question with no key | {"name":"F","sections":[{"key":"s","title":"S","questions":[{"type":"TEXT","text":"T"}]}]}       | sections/0/questions/0/key
            an unknown signal      | {"name":"F","sections":[{"key":"s","title":"S","questions":[{"key":"q","type":"YES_NO","text":"T","preAnswer":{"signal":"mood","comparison":"LESS_THAN","threshold":1,"whenTrue":"YES"}}]}]} | sections/0/questions/0/preAnswer/signal
            a key with a space     | {"name":"F","sections":[{"key":"s 1","title":"S","questions":[]}]}                                | sections/0/key
            """)
    void structuralFaultsAreFieldErrorsAtTheirPath(String what, String json, String field) {
        assertThatThrownBy(() -> FormJson.read(json)).isInstanceOfSatisfying(ScorecardException.class, e -> {
            assertThat(e.getViolations()).extracting(FieldViolation::field).containsExactly(field);
            assertThat(e.getViolations().get(0).message()).isNotBlank();
            assertThat(e.isConflict()).isFalse();
        });
    }

    @Test
    void aPartNotYetGivenIsLeftOutAndReadBackAsMissingAtItsPath() {
        Question unnamed = new Question(null, QuestionType.CHOICE, null, null, 1, false, null,
                List.of(new Choice(null, null, 1, false), new Choice("b", "B", 0, false)), null, Critical.NONE, null, null);
        String written = FormJson.write(new Form("F", null, List.of(new FormSection(null, null, 1, List.of(unnamed)))));

        assertThatThrownBy(() -> FormJson.read(written)).isInstanceOfSatisfying(ScorecardException.class,
                e -> assertThat(e.getViolations()).extracting(FieldViolation::field).containsExactly("sections/0/key",
                        "sections/0/questions/0/choices/0/label", "sections/0/questions/0/choices/0/value",
                        "sections/0/questions/0/key", "sections/0/questions/0/text", "sections/0/title"));
    }

    @Test
    void textThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> FormJson.read("{\"name\": \"F\",\n \"sections\": [}")).isInstanceOfSatisfying(ScorecardException.class,
                e -> assertThat(e.getMessage()).startsWith("The form is not valid JSON: unexpected input at line 2"));
        assertThatThrownBy(() -> FormJson.read("[]")).isInstanceOf(ScorecardException.class);
        assertThatThrownBy(() -> FormJson.read(" ")).isInstanceOf(ScorecardException.class).hasMessage("Send the form as JSON");
    }

    @Test
    void whatTheSchemaCannotSeeIsLeftToTheFormsRules() {
        Form form = FormJson.read("""
                {"name":"F","sections":[{"key":"s","title":"S","questions":[
                  {"key":"q","type":"YES_NO","text":"T"},{"key":"q","type":"YES_NO","text":"T","shownWhen":{"question":"z","equals":"YES"}}]}]}""");

        assertThat(FormValidation.ofDraft(form)).extracting(FieldViolation::field)
                .containsExactly("sections/0/questions/1/key", "sections/0/questions/1/shownWhen/question");
    }

    @Test
    void theSchemaNamesEverySpeechSignalByItsKey() throws IOException {
        JsonObject schema;
        try (InputStream in = FormJson.class.getResourceAsStream(FormJson.SCHEMA); var reader = Json.createReader(in)) {
            schema = reader.readObject();
        }
        JsonObject preAnswer = schema.getJsonObject("$defs").getJsonObject("question").getJsonObject("properties")
                .getJsonObject("preAnswer").getJsonObject("properties");

        assertThat(preAnswer.getJsonObject("signal").getJsonArray("enum").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SpeechSignal.values()).map(SpeechSignal::key).toList());
        assertThat(preAnswer.getJsonObject("comparison").getJsonArray("enum").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SignalCondition.Comparison.values()).map(SignalCondition.Comparison::name).toList());
        assertThat(Json.createReader(new StringReader(FormJson.write(FormJson.read(SMALL)))).readObject().getString("format"))
                .isEqualTo(FormJson.FORMAT);
    }

    static String demoForm() throws IOException {
        try (InputStream in = FormJsonTest.class.getResourceAsStream("/demo/customer-service-call.scorecard.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
