package org.earshot.web.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, once for every operation, that failures come as problem details: each operation
 * gets a "default" response with the Problem schema. Registered as mp.openapi.filter.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses.addAPIResponse(APIResponses.DEFAULT, OASFactory.createAPIResponse()
                .description("The request failed: RFC 9457 problem details, with the offending fields for invalid input")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))))));
        return operation;
    }
}
