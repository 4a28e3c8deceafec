package io.ssi.core;

import java.util.Objects;

/**
 * Thrown in strict mode ({@link SsiCalculator.Builder#strict(boolean)}) when a scoring rule
 * throws or returns an invalid contribution. By default the engine isolates such a rule
 * instead and reports it in {@link SsiScore#failures()}.
 *
 * <p>Safe to log with its stack trace: the message names the rule, its class and the
 * failure's class, and the cause the calculator sets is a stand-in for the rule's exception
 * with the same classes and stack traces (causes included) but no messages, since a plugin's
 * message may quote a headline or a contact id. The message of ssi-core's own checks (a
 * contribution out of range, a null result), which carries figures only, is kept.
 */
public final class RuleEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    /**
     * @param ruleId the failing rule's id
     * @param message what went wrong
     * @param cause  the underlying exception, if any
     */
    public RuleEvaluationException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * The id of the rule that failed.
     *
     * @return the rule id, never {@code null}
     */
    public String ruleId() {
        return ruleId;
    }
}
