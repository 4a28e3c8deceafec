package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Objects;

/**
 * A rule that failed while scoring: it threw, or returned an invalid contribution. Its pillar
 * is then {@linkplain PillarScore#complete() incomplete}.
 *
 * @param ruleId the failing rule's id
 * @param pillar the pillar it feeds
 * @param cause  what went wrong: the exception's class, and its message when ssi-core's own
 *               checks raised it (a plugin's own message is withheld, since it may quote
 *               personal data); safe to log
 */
public record RuleFailure(String ruleId, Pillar pillar, String cause) {

    public RuleFailure {
        Checks.nonBlank(ruleId, "ruleId");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(cause, "cause");
    }
}
