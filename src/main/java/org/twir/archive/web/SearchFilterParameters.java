package org.twir.archive.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.twir.archive.index.IndexSchema;

/**
 * The OpenAPI description of the query parameters that {@code /api/search} and its Atom twin share. The handlers
 * read the query string themselves ({@link SearchParameters#raw}), so the parameters are documented here
 * rather than bound one by one.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "query text; empty lists everything"),
    @Parameter(
            name = IndexSchema.DIM_CATEGORY,
            in = ParameterIn.QUERY,
            description = "normalised category path, e.g. community/walkthroughs (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = IndexSchema.DIM_KIND,
            in = ParameterIn.QUERY,
            description = "entry kind, e.g. article, event, crate-of-the-week (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = IndexSchema.DIM_YEAR,
            in = ParameterIn.QUERY,
            description = "publication year of the issue (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = IndexSchema.DIM_DOMAIN,
            in = ParameterIn.QUERY,
            description = "the link's host without www., e.g. github.com (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = IndexSchema.DIM_TAG,
            in = ParameterIn.QUERY,
            description = "tag such as video, audio, series, zh (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = IndexSchema.DIM_ISSUE,
            in = ParameterIn.QUERY,
            description = "issue number (repeatable)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "earliest issue date, ISO (2021-01-31)"),
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "latest issue date, ISO (2021-12-31)"),
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "0-based page number"),
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "hits per page, 1..100 (default 20)")
})
@interface SearchFilterParameters {}
