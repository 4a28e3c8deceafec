/**
 * The service-provider interfaces: {@link io.ssi.core.spi.ScoringRule} for the signals that
 * award points, read from an aggregated {@link io.ssi.core.spi.ScoringContext}. Providers are
 * found with {@link java.util.ServiceLoader}, on the module path through {@code provides} in
 * {@code module-info} and on the class path through {@code META-INF/services}.
 *
 * <p>Null contract: implementations never return {@code null}, and never receive it.
 * Implementations are stateless and thread-safe.
 */
package io.ssi.core.spi;
