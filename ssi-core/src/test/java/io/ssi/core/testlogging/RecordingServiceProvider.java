package io.ssi.core.testlogging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider for ssi-core's tests that records every call at every level, so that a
 * test can check what the library logs (and, above all, that it logs no personal data).
 * Registered in {@code META-INF/services} of the test resources; the tests run on the class path.
 */
public final class RecordingServiceProvider implements SLF4JServiceProvider {

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** For {@link java.util.ServiceLoader}. */
    public RecordingServiceProvider() {
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return RecordedLogs.FACTORY;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }
}
