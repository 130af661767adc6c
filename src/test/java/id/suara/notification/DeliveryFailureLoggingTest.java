package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;

class DeliveryFailureLoggingTest {

    private final Logger springLog = (Logger) LoggerFactory.getLogger(SimpleAsyncUncaughtExceptionHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        springLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        springLog.detachAppender(logged);
    }

    @Test
    void aPostponedDeliveryIsNotLoggedAsAnError() throws Exception {
        var method = MailSending.class.getDeclaredMethod("on", MailQueued.class);

        DeliveryFailureLogging.handler()
                .handleUncaughtException(
                        new DeliveryPostponed("Mail 1 not sent", new IllegalStateException("No mail server")), method);

        assertThat(logged.list).noneMatch(event -> event.getLevel() == Level.ERROR);
    }

    @Test
    void anyOtherFailureOfAnAsynchronousListenerIsStillLoggedAsAnError() throws Exception {
        var method = MailSending.class.getDeclaredMethod("on", MailQueued.class);

        DeliveryFailureLogging.handler().handleUncaughtException(new IllegalStateException("a bug"), method);

        assertThat(logged.list).anyMatch(event -> event.getLevel() == Level.ERROR);
    }
}
