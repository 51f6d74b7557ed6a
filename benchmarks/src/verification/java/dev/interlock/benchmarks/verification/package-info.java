/**
 * The cost of verification: how long each engine takes to check one reference model — the mutex
 * contract on {@code Lock} — at the build's quick budget, at the campaign budget, and at the
 * engine's own default settings. {@link dev.interlock.benchmarks.verification.VerificationCost}
 * runs every measurement in a fresh JVM, one after the other, and writes {@code
 * verification-cost.json}, which the ratio table shows.
 *
 * <p>Compiled only in the {@code verification-cost} profile (it needs model-tests and jcstress,
 * which the default build of this module does not).
 */
package dev.interlock.benchmarks.verification;
