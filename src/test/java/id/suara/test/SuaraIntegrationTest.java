package id.suara.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real PostgreSQL: the embedded one by default, or the server at 127.0.0.1:5432 when
 * the system property {@code suara.test.database} is {@code server} (see {@link TestDatabase}). The demo institutions,
 * SOPs and staff are loaded. Attachments go to this test JVM's own directory ({@link TestAttachmentDirectory}), mail to
 * its own SMTP server ({@link TestMailServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(
        initializers = {
            TestDatabase.Initializer.class,
            TestAttachmentDirectory.Initializer.class,
            TestMailServer.Initializer.class
        })
@Import(TestClockConfiguration.class)
public @interface SuaraIntegrationTest {}
