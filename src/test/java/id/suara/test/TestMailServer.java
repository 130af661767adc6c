package id.suara.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * This test JVM's SMTP server: a GreenMail on a free port, started with the first application context and used by
 * every test. Tests stop and start it to play a mail server outage.
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {}

    /** The running server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return server;
    }

    /** Every mail received so far. */
    public static List<MimeMessage> received() {
        return List.of(server().getReceivedMessages());
    }

    /** Stops the server, as a mail server that goes away: connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server().stop();
    }

    /** Starts the server again on the same port, keeping nothing it received before. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Points Spring Boot's mail sender at this server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "suara-test-mail",
                            Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(port))));
        }
    }
}
