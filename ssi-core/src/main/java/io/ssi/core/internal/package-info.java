/**
 * Implementation details, not exported from the module: argument checks, the one-pass activity
 * index and the sliding window. Nothing here is API; it may change in any release.
 *
 * <p>Null contract: as in {@link io.ssi.core}, nothing here accepts or returns {@code null}.
 */
package io.ssi.core.internal;
