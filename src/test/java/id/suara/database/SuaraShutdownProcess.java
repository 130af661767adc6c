package id.suara.database;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A separate process that runs the embedded database in a Spring context with a bean that still uses the database while
 * the context closes, as the web server's graceful shutdown and the event publication registry do; it prints {@code
 * ready} and waits for a signal to stop, and prints what its last query met.
 */
public final class SuaraShutdownProcess {

    private SuaraShutdownProcess() {}

    public static void main(String[] arguments) throws Exception {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(
                EmbeddedDatabaseSettings.class, () -> new EmbeddedDatabaseSettings(Path.of(arguments[0]), 0));
        context.register(EmbeddedDatabaseConfiguration.class);
        context.registerBean(LastWork.class);
        context.registerShutdownHook();
        context.refresh();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Uses the database a second after the stop began, as a request finishing during a graceful shutdown would. */
    static final class LastWork implements DisposableBean {

        private final DataSource dataSource;

        LastWork(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void destroy() throws InterruptedException {
            Thread.sleep(1_000);
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("select 1");
                System.out.println("last work done");
            } catch (SQLException e) {
                System.out.println("last work failed: " + e.getMessage());
            }
            System.out.flush();
        }
    }
}
