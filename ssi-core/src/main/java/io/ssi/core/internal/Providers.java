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

    /**
     * What a builder ends with, for rules and generators alike: the explicit providers plus the
     * discovered ones (if discovery ran), each validated, ids unique, sorted by id.
     *
     * @param explicit the providers passed by hand
     * @param found    the providers discovery found; empty if discovery did not run
     * @param notFound the message when discovery ran, found nothing and none was passed
     * @param none     the message when there is no provider at all
     * @param kind     what a provider is, for messages: {@code "rule"}, {@code "generator"}
     * @param id       a provider's id
     * @param validate checks one provider, throwing {@link IllegalStateException}
     * @param <T>      the service type
     * @return the providers, sorted by id, unmodifiable
     * @throws IllegalStateException if there is none, two share an id, or one is invalid
     */
    public static <T> List<T> settle(List<T> explicit, java.util.Optional<List<T>> found, String notFound,
                                     String none, String kind, java.util.function.Function<T, String> id,
                                     java.util.function.Consumer<T> validate) {
        List<T> all = new ArrayList<>(explicit);
        if (found.isPresent()) {
            if (found.get().isEmpty() && explicit.isEmpty()) {
                throw new IllegalStateException(notFound);
            }
            all.addAll(found.get());
        }
        if (all.isEmpty()) {
            throw new IllegalStateException(none);
        }
        java.util.Map<String, T> byId = new java.util.HashMap<>();
        for (T t : all) {
            validate.accept(t);
            T other = byId.putIfAbsent(id.apply(t), t);
            if (other != null) {
                throw new IllegalStateException("two " + kind + "s share the id " + id.apply(t) + ": "
                        + other.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        all.sort(java.util.Comparator.comparing(id));
        return List.copyOf(all);
    }
}
