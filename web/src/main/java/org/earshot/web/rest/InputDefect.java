package org.earshot.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a request the framework could not read, said for the client: the parameter
 * or body field at fault, or the position in the JSON, never the framework's own message (its
 * codes and class names mean nothing to a client and tell more than they should).
 */
record InputDefect(String detail, List<Problem.FieldError> errors) {

    /** The framework's note of a parameter that did not convert, e.g. {@code QueryParam("role") value is 'X'}. */
    private static final Pattern PARAMETER = Pattern.compile("(?:Query|Path|Header|Matrix|Cookie|Form)Param\\(\"([^\"]*)\"\\) value is '(.*)'");
    /** The JSON binding's note of a body property that did not convert; nested properties repeat it. */
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']*)'");

    static InputDefect ofParameter(String frameworkMessage) {
        Matcher parameter = PARAMETER.matcher(frameworkMessage == null ? "" : frameworkMessage);
        if (!parameter.find()) {
            return new InputDefect("A path or query parameter has a value of the wrong type", List.of());
        }
        return ofField(parameter.group(1), "'" + parameter.group(2) + "' is not a valid value for " + parameter.group(1));
    }

    static InputDefect ofJsonBody(Throwable failure) {
        JsonParsingException syntax = ProblemMapper.causeOfType(failure, JsonParsingException.class);
        if (syntax != null && syntax.getLocation() != null) {
            JsonLocation at = syntax.getLocation();
            return new InputDefect("The request body is not valid JSON: unexpected input at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber(), List.of());
        }
        String field = propertyPath(failure);
        if (field != null) {
            return ofField(field, "The value of " + field + " has the wrong type or is not one of the accepted values");
        }
        return new InputDefect("The request body is not valid JSON for this operation", List.of());
    }

    private static InputDefect ofField(String field, String message) {
        return new InputDefect(message, List.of(new Problem.FieldError(field, message)));
    }

    /** "teamIds" or, for a property inside another, "scope.teamIds"; null when no property is named. */
    private static String propertyPath(Throwable failure) {
        List<String> path = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(t instanceof JsonbException && t.getMessage() != null ? t.getMessage() : "");
            if (property.lookingAt()) {
                path.add(property.group(1));
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }
}
