package id.suara.notification;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failure of an asynchronous listener is logged: a {@link DeliveryPostponed} at debug level only (its sender
 * warned already, and it will be retried), anything else as an error with its stack trace, as Spring does by default.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryFailureLogging implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeliveryFailureLogging.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return handler();
    }

    static AsyncUncaughtExceptionHandler handler() {
        var others = new SimpleAsyncUncaughtExceptionHandler();
        return (Throwable failure, Method method, Object... params) -> {
            if (failure instanceof DeliveryPostponed) {
                log.debug("{} (retried later)", failure.getMessage());
            } else {
                others.handleUncaughtException(failure, method, params);
            }
        };
    }
}
