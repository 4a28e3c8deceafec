/**
 * The public API of ssi: the immutable domain ({@link io.ssi.core.MemberProfile},
 * {@link io.ssi.core.Activity}, {@link io.ssi.core.Contact}), the entry point
 * {@link io.ssi.core.SsiCalculator} and its results ({@link io.ssi.core.SsiScore},
 * {@link io.ssi.core.PillarScore}, {@link io.ssi.core.RuleContribution}).
 *
 * <p>Null contract: no method accepts or returns {@code null}. A value that may be absent is an
 * {@link java.util.Optional}; a null argument fails fast with a {@link NullPointerException}
 * that names it. Every type here is immutable and thread-safe, except the builders.
 */
package io.ssi.core;
