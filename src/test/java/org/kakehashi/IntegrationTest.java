package org.kakehashi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test database (H2, or PostgreSQL when
 * SPRING_DATASOURCE_URL says so) with the demo data set as fixture. All integration tests
 * share this one context; its clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = GreenMailInitializer.class)
@AutoConfigureMockMvc
@Import({ TestClock.Config.class, StatementCount.Config.class })
public @interface IntegrationTest {

}
