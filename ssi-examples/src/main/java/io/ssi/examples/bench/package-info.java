/**
 * JMH benchmarks of the engine. Each benchmark measures a baseline in the same run, and
 * {@link io.ssi.examples.bench.BenchmarkRatios} reports ratios against it rather than lone
 * absolute times, because the machines these run on are shared and noisy. Run from the shaded
 * jar:
 *
 * <pre>{@code
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.BenchmarkRatios
 * }</pre>
 *
 * <p>Null contract: nothing here accepts or returns {@code null}.
 */
package io.ssi.examples.bench;
