/**
 * jcstress tests of Interlock's primitives on the real JVM memory model, and the demonstrations
 * of broken code paired with them.
 *
 * <p>Names are {@code <Subject>_<NN>_<Property>}. Each test reaches its subject through a {@link
 * dev.interlock.subjects} interface, so the same shapes can be bound to other subjects. Each test
 * declares what it must show with {@link dev.interlock.stress.Expectation}, the one place the
 * reader takes expectations from. At most two {@code @Actor}s per test: tests with more never run
 * on a 2-CPU machine.
 */
package dev.interlock.stress;
