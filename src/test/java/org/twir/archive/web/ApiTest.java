package org.twir.archive.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.twir.archive.TwirArchiveApplication;

/** The whole application over the fixture archive, exercised through WebTestClient (one shared context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = {TwirArchiveApplication.class, ApiTestConfiguration.class},
        properties = {"twir.archive.load-on-start=false", "spring.main.allow-bean-definition-overriding=true"})
// Generous: the first /v3/api-docs call builds the whole spec on a busy two-core machine.
@AutoConfigureWebTestClient(timeout = "PT30S")
@interface ApiTest {}
