package org.earshot.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Checks every request body against the Bean Validation constraints of its record (required
 * fields, lengths, formats; messages in {@code ValidationMessages.properties}) before the
 * resource sees it, and refuses it with one field error per broken constraint. Rules that need
 * the database (a name already taken) stay with the services.
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
        Object body = context.proceed();
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

    private static Problem.FieldError fieldError(ConstraintViolation<Object> violation) {
        return new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
