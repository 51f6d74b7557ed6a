/**
 * Bindings of the broken variants (module {@code variants}) to the same contracts as Interlock's
 * primitives. They are expected to fail: they run in their own Surefire execution ({@code
 * variant-bindings}), with short deadlines and timeouts, and their failures are recorded as
 * {@code violated} for {@code ci} to compare with the manifest, not reported as build failures.
 */
package dev.interlock.conformance.variants;
