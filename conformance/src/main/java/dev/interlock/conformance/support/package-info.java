/**
 * What the contracts use to run and observe threads without sleeping: {@link
 * dev.interlock.conformance.support.Bunch} (CPython's Bunch), {@link
 * dev.interlock.conformance.support.Deadlines} (deadline-bounded polling, blocked-thread checks)
 * and {@link dev.interlock.conformance.support.Contract} (the thread factory a binding may change).
 */
package dev.interlock.conformance.support;
