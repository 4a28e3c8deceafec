/**
 * The standard scoring model, {@code standard-1}: one small class per signal, each with a
 * stable id, a maximum and a target stated as a weekly rate or a profile count. Every signal
 * saturates at its target; activity is recency-weighted and capped per day by the engine.
 * {@link io.ssi.rules.StandardModel} lists the rules.
 *
 * <p>Null contract: rules never return {@code null}. Every rule is stateless and thread-safe.
 */
package io.ssi.rules;
