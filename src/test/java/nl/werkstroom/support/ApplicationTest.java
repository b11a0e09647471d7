package nl.werkstroom.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole running application on a random port, driven over HTTP as Tasklist,
 * Modeler and other clients do. Runs on H2 in the test phase and again on PostgreSQL in verify.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Spring Boot's tests leave the metrics exporters out unless asked: /actuator/prometheus is part of the application.
@AutoConfigureObservability(tracing = false)
@ActiveProfiles(resolver = TestDatabase.class)
@Tag("application")
public @interface ApplicationTest {
}
