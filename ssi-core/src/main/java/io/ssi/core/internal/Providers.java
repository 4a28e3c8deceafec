package io.ssi.core.internal;

import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Discovery of service providers, in the manner of SLF4J: a broken provider is skipped with a
 * warning rather than failing the whole lookup.
 */
public final class Providers {

    /** Discovery gives up after this many broken providers, in case a broken one repeats forever. */
    static final int MAX_BROKEN = 100;

    private Providers() {
    }

    /**
     * The providers of a service that {@link ServiceLoader} finds through a class loader, on
     * the module path (ssi-core declares {@code uses} for its SPIs) and on the class path.
     *
     * @param service the service interface
     * @param loader  the class loader to search
     * @param log     where to warn about broken providers
     * @param <T>     the service type
     * @return the providers that could be loaded, in ServiceLoader's order
     */
    public static <T> List<T> load(Class<T> service, ClassLoader loader, Logger log) {
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(service, loader).iterator();
        int broken = 0;
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                log.warn("A {} provider could not be loaded and was skipped: {}", service.getSimpleName(),
                        e.getMessage());
                if (++broken == MAX_BROKEN) {
                    log.warn("Gave up discovering {} providers after {} broken ones", service.getSimpleName(), broken);
                    break;
                }
            }
        }
        log.debug("Discovered {} {} providers", found.size(), service.getSimpleName());
        return found;
    }
}
