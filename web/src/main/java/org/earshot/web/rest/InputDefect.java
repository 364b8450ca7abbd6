package org.earshot.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        return ofJsonBody(failure, null);
    }

    /** As above, and a value that is not one of an enum's constants is named by the field of the body's record that holds it. */
    static InputDefect ofJsonBody(Throwable failure, Class<?> bodyType) {
        JsonParsingException syntax = ProblemMapper.causeOfType(failure, JsonParsingException.class);
        if (syntax != null && syntax.getLocation() != null) {
            JsonLocation at = syntax.getLocation();
            return new InputDefect("The request body is not valid JSON: unexpected input at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber(), List.of());
        }
        InputDefect constant = unknownConstant(failure, bodyType);
        if (constant != null) {
            return constant;
        }
        String field = propertyPath(failure);
        if (field != null) {
            return ofField(field, "The value of " + field + " has the wrong type or is not one of the accepted values");
        }
        return new InputDefect("The request body is not valid JSON for this operation", List.of());
    }

    /** "'EAVESDROP' is not one of LISTEN, WHISPER, BARGE, TAKEOVER" on the record component of that enum (or of a collection of it). */
    private static InputDefect unknownConstant(Throwable failure, Class<?> bodyType) {
        IllegalArgumentException noConstant = ProblemMapper.causeOfType(failure, IllegalArgumentException.class);
        if (noConstant == null || bodyType == null || !bodyType.isRecord() || noConstant.getMessage() == null) {
            return null;
        }
        for (RecordComponent component : bodyType.getRecordComponents()) {
            Class<?> constants = enumOf(component.getGenericType());
            String prefix = constants == null ? null : "No enum constant " + constants.getName() + ".";
            if (prefix != null && noConstant.getMessage().startsWith(prefix)) {
                String names = Arrays.stream(constants.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
                return ofField(component.getName(),
                        "'" + noConstant.getMessage().substring(prefix.length()) + "' is not one of " + names);
            }
        }
        return null;
    }

    private static Class<?> enumOf(Type type) {
        if (type instanceof Class<?> c && c.isEnum()) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).map(InputDefect::enumOf).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }
        return null;
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
