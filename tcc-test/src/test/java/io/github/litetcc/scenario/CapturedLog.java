package io.github.litetcc.scenario;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.litetcc.context.TransactionContextHolder;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Captures what one class logs while it is open, to check the lines and the xid the MDC gave each. */
final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        appender.start();
        logger.addAppender(appender);
    }

    /** The MDC xid of each ERROR line logged so far, in order ({@code "-"} for none). */
    List<String> xidsOfErrorLines() {
        return appender.list.stream().filter(e -> e.getLevel() == Level.ERROR)
                .map(e -> e.getMDCPropertyMap().getOrDefault(TransactionContextHolder.MDC_KEY, "-")).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
