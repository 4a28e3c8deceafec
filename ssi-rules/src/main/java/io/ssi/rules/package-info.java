/**
 * The standard scoring model, {@code standard-2}, as data: {@link io.ssi.rules.StandardModel}
 * is one table of rule values, each made by the builder of a rule family
 * ({@link io.ssi.rules.WeeklyRateRule}, {@link io.ssi.rules.RateRule},
 * {@link io.ssi.rules.ProfileCountRule}, {@link io.ssi.rules.ProfileFlagRule}) or of one of the
 * few rules with logic of their own. Every signal saturates at its target; activity is
 * recency-weighted and capped per day by the engine. Each rule has a {@link io.ssi.rules.Lever}
 * that the standard advice pulls, so advice aims at the rule's own target.
 *
 * <p>Null contract: nothing here returns or accepts {@code null}. Every rule is immutable and
 * thread-safe.
 */
package io.ssi.rules;
