package org.twir.archive.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that answers from the index (through {@link ArchiveAccess} or {@link EncodedAnswers}), so that
 * its answers carry {@value GenerationStamp#HEADER} ({@link GenerationStamp}); {@link GenerationStampDocs} says so
 * in the OpenAPI document.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface StampedWithGeneration {}
