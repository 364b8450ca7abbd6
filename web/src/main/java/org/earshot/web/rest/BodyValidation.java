package org.earshot.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every request body as it is read, before the resource sees it: JSON that does not bind
 * to the body's record is refused with the field or position at fault ({@link InputDefect}), and
 * a bound body is checked against its record's Bean Validation constraints (required fields,
 * lengths, formats; messages in {@code ValidationMessages.properties}), one field error per broken
 * constraint. Rules that need the database (a name already taken) stay with the services.
 */
@Provider
@ApplicationScoped
public class BodyValidation implements ReaderInterceptor {

    private static final Comparator<Problem.FieldError> BY_FIELD =
            Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message);

    @Inject
    private Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = bound(context);
        if (body != null) {
            List<Problem.FieldError> errors = validator.validate(body).stream()
                    .map(BodyValidation::fieldError).sorted(BY_FIELD).toList();
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(
                        errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("; ")), errors);
            }
        }
        return body;
    }

    private static Object bound(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (ProblemMapper.causeOfType(e, JsonbException.class) == null && ProblemMapper.causeOfType(e, JsonException.class) == null) {
                throw e;
            }
            // Here the body's type is known, so a value that fits none of its enum's constants can be named by its field.
            InputDefect defect = InputDefect.ofJsonBody(e, context.getType());
            throw new InvalidRequestException(defect.detail(), defect.errors());
        }
    }

    private static Problem.FieldError fieldError(ConstraintViolation<Object> violation) {
        return new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
