/**
 * The standard recommendation generators: the guide that turns a score into concrete advice
 * for every standard rule below its maximum, in the member's own numbers. Messages live in
 * the {@code io.ssi.rules.advice.messages} bundle (English and German).
 *
 * <p>Null contract: generators never return {@code null}. Every generator is stateless and
 * thread-safe.
 */
package io.ssi.rules.advice;
