package org.earshot.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;

class InputDefectTest {

    @Test
    void aParameterThatDidNotConvertIsNamedWithItsValue() {
        InputDefect defect = InputDefect.ofParameter(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"role\") value is 'OVERLORD'");

        assertThat(defect.detail()).isEqualTo("'OVERLORD' is not a valid value for role");
        assertThat(defect.errors()).containsExactly(new Problem.FieldError("role", "'OVERLORD' is not a valid value for role"));
    }

    @Test
    void anUnrecognisedParameterMessageSaysNothingOfTheFramework() {
        InputDefect defect = InputDefect.ofParameter("RESTEASY009999: something else entirely");

        assertThat(defect.detail()).isEqualTo("A path or query parameter has a value of the wrong type");
        assertThat(defect.errors()).isEmpty();
    }

    @Test
    void brokenJsonIsLocatedByLineAndColumn() {
        JsonParsingException syntax = new JsonParsingException("Unexpected char 115 at (line no=2, column no=3, offset=20)",
                new Location(2, 3));

        InputDefect defect = InputDefect.ofJsonBody(new JsonbException("Internal error: " + syntax.getMessage(), syntax));

        assertThat(defect.detail()).isEqualTo("The request body is not valid JSON: unexpected input at line 2, column 3");
    }

    @Test
    void aPropertyThatDidNotConvertIsTheFieldAtFaultWithItsPath() {
        JsonbException inner = new JsonbException("Unable to deserialize property 'mode' because of: No enum constant EAVESDROP");
        JsonbException outer = new JsonbException("Unable to deserialize property 'session' because of: " + inner.getMessage(), inner);

        InputDefect defect = InputDefect.ofJsonBody(outer);

        assertThat(defect.errors()).extracting(Problem.FieldError::field).containsExactly("session.mode");
        assertThat(defect.detail()).doesNotContain("enum", "deserialize");
    }

    @Test
    void aValueOutsideAnEnumIsNamedByTheFieldThatHoldsThatEnumWithTheAcceptedValues() {
        JsonbException failure = new JsonbException("Internal error: No enum constant " + Mode.class.getName() + ".EAVESDROP",
                new IllegalArgumentException("No enum constant " + Mode.class.getName() + ".EAVESDROP"));

        assertThat(InputDefect.ofJsonBody(failure, Start.class).errors())
                .containsExactly(new Problem.FieldError("mode", "'EAVESDROP' is not one of LISTEN, BARGE"));
        assertThat(InputDefect.ofJsonBody(failure, Grant.class).errors()).extracting(Problem.FieldError::field).containsExactly("modes");
    }

    private enum Mode { LISTEN, BARGE }

    private record Start(String callId, Mode mode) {
    }

    private record Grant(java.util.Set<Mode> modes) {
    }

    private record Location(long getLineNumber, long getColumnNumber) implements JsonLocation {

        @Override
        public long getStreamOffset() {
            return -1;
        }
    }
}
