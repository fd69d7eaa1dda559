package org.twir.archive.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@value GenerationStamp#HEADER} on the successful responses of every {@link StampedWithGeneration}
 * handler, so that a client reading the OpenAPI document learns the header it can use to tell archive states
 * apart.
 */
@Component
class GenerationStampDocs implements OperationCustomizer {

    static final String DESCRIPTION = "The generation of the index state this answer was computed from (a cached "
            + "answer: the one it was cached under). It changes at every load or sync; one answer is always of one "
            + "generation.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(StampedWithGeneration.class) || operation.getResponses() == null) {
            return operation;
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                stamp(response);
            }
        });
        return operation;
    }

    private static void stamp(ApiResponse response) {
        response.addHeaderObject(
                GenerationStamp.HEADER, new Header().description(DESCRIPTION).schema(new StringSchema()));
    }
}
