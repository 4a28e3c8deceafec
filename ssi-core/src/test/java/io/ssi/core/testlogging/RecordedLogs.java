package io.ssi.core.testlogging;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the {@link RecordingServiceProvider}'s loggers received. Between {@link #start()} and
 * {@link #stop()} every level of every logger is enabled and recorded; otherwise every level is
 * disabled, as DEBUG is in production, so that the rest of the suite neither pays for log calls
 * nor piles them up.
 */
public final class RecordedLogs {

    /** One logging call. */
    public record Event(String logger, Level level, String pattern, List<Object> args, Throwable throwable) {

        /** The message as a backend would print it, placeholders filled in. */
        public String formatted() {
            return MessageFormatter.basicArrayFormat(pattern, args.toArray());
        }

        /**
         * Everything a backend could print for this call: the formatted message, every argument,
         * and the class, message and stack frames of the throwable and its causes.
         */
        public String printable() {
            StringBuilder out = new StringBuilder(formatted());
            for (Object a : args) {
                out.append('\n').append(a instanceof Object[] array ? Arrays.deepToString(array) : a);
            }
            for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
                out.append('\n').append(t);
                for (StackTraceElement e : t.getStackTrace()) {
                    out.append("\n\tat ").append(e);
                }
                for (Throwable s : t.getSuppressed()) {
                    out.append("\nSuppressed: ").append(s);
                }
            }
            return out.toString();
        }
    }

    static final ILoggerFactory FACTORY = new Factory();

    private static final List<Event> EVENTS = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;

    private RecordedLogs() {
    }

    /** Forgets everything recorded so far, then enables and records every level. */
    public static void start() {
        EVENTS.clear();
        recording = true;
    }

    /** Disables every level again; what was recorded stays readable. */
    public static void stop() {
        recording = false;
    }

    /** @return the events recorded since the last {@link #start()}, oldest first */
    public static List<Event> events() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    /** @return whether SLF4J is bound to this recorder, so that an empty record means nothing was logged */
    public static boolean isActive() {
        return org.slf4j.LoggerFactory.getILoggerFactory() == FACTORY;
    }

    private static final class Factory implements ILoggerFactory {
        private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, RecordingLogger::new);
        }
    }

    private static final class RecordingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        RecordingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return recording;
        }

        @Override
        public boolean isDebugEnabled() {
            return recording;
        }

        @Override
        public boolean isInfoEnabled() {
            return recording;
        }

        @Override
        public boolean isWarnEnabled() {
            return recording;
        }

        @Override
        public boolean isErrorEnabled() {
            return recording;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable throwable) {
            if (!recording) {
                return;
            }
            List<Object> copy = new ArrayList<>();
            if (args != null) {
                for (Object a : args) {
                    copy.add(Objects.requireNonNullElse(a, "null"));
                }
            }
            EVENTS.add(new Event(name, level, pattern, List.copyOf(copy), throwable));
        }
    }
}
