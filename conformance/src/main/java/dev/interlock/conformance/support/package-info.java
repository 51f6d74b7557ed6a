/**
 * What the contracts use to run and observe threads without sleeping: {@link
 * dev.interlock.conformance.support.Bunch} (CPython's Bunch), {@link
 * dev.interlock.conformance.support.Deadlines} (deadline-bounded polling, blocked-thread checks)
 * and {@link dev.interlock.conformance.support.Contract} (the thread factory a binding may change);
 * and what makes JUnit an engine that writes result records: {@link
 * dev.interlock.conformance.support.Property}, {@link dev.interlock.conformance.support.Deviation}
 * and {@link dev.interlock.conformance.support.RecordingExtension}.
 */
package dev.interlock.conformance.support;
