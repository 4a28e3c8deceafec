package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.RuleContribution;

import java.util.Set;

/**
 * What of a plugin's failure may be logged or reported. The messages of ssi-core's own checks (a
 * contribution out of range, a null result) name fields and figures only, so they are kept; a
 * plugin's own exception message may quote anything, a headline included, so only its class is
 * given.
 */
public final class Redaction {

    /** The classes whose checks raise the failures ssi-core reports word for word. */
    private static final Set<String> OWN_CHECKS = Set.of(Evaluator.class.getName(),
            RuleContribution.class.getName(), Evidence.class.getName(), Checks.class.getName());

    private Redaction() {
    }

    /**
     * A failure in words that are safe to log.
     *
     * @param e the failure
     * @return its description
     */
    public static String describe(Throwable e) {
        return isOwnCheck(e) ? e.toString() : e.getClass().getName() + " (message withheld: it may quote personal data)";
    }

    /**
     * Whether a failure was raised by one of ssi-core's own checks, whose messages carry figures only.
     *
     * @param e the failure
     * @return {@code true} for ssi-core's own checks
     */
    public static boolean isOwnCheck(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && OWN_CHECKS.contains(trace[0].getClassName()) && e.getCause() == null;
    }

    /**
     * The failure as it may be logged or handed on: itself for ssi-core's own checks, otherwise
     * a stand-in without messages.
     *
     * @param e the failure
     * @return what may be shown
     */
    public static Throwable safe(Throwable e) {
        return isOwnCheck(e) ? e : WithheldMessage.of(e, 0);
    }

    /**
     * A stand-in for a failing plugin's exception, for the DEBUG log.
     *
     * @param e the failure
     * @return the same classes and stack traces, causes included, but no messages
     */
    public static Throwable withheld(Throwable e) {
        return WithheldMessage.of(e, 0);
    }

    /**
     * An error a plugin rule threw that no mode turns into a rule failure (an assertion or a
     * stack overflow), as ssi lets it through {@code score}, {@code history} and {@code advise}:
     * of the same class ({@link AssertionError} for any of its subclasses), naming the rule and
     * the original class, with the original's stack trace and stand-ins without messages for its
     * causes. The plugin's own message is not the engine's to vouch for: it may quote the
     * member's headline, and the caller that logs the error would print it.
     *
     * @param ruleId the failing rule's id
     * @param e      the rule's stack overflow or assertion error
     * @return the error to throw in its place
     */
    public static Error rethrown(String ruleId, Error e) {
        String message = "rule " + ruleId + " failed with " + e.getClass().getName()
                + " (message withheld: it may quote personal data)";
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : WithheldMessage.of(e.getCause(), 1);
        Error out;
        if (e instanceof StackOverflowError) {
            out = new StackOverflowError(message);
            if (cause != null) {
                out.initCause(cause);
            }
        } else {
            out = new AssertionError(message, cause);
        }
        out.setStackTrace(e.getStackTrace());
        return out;
    }

    /**
     * Stands in for a failing rule's exception in the DEBUG log and as the cause of a strict
     * mode {@code RuleEvaluationException}: the same classes and stack traces, causes included,
     * but no messages. A message is not the engine's to vouch for and may quote personal data,
     * as in {@code NumberFormatException: For input string: "<headline>"}, and a batch that logs
     * its failures with their stack traces would print it.
     */
    private static final class WithheldMessage extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private static final int MAX_CAUSES = 8;

        private WithheldMessage(Throwable original, Throwable cause) {
            super(original.getClass().getName() + " (message withheld: it may quote personal data)", cause, false,
                    true);
            setStackTrace(original.getStackTrace());
        }

        static WithheldMessage of(Throwable e, int depth) {
            if (e instanceof WithheldMessage w) {
                // Already a stand-in (the cause of an error rethrown by rethrown()).
                return w;
            }
            Throwable cause = e.getCause();
            return new WithheldMessage(e, cause == null || cause == e || depth >= MAX_CAUSES ? null
                    : of(cause, depth + 1));
        }
    }
}
