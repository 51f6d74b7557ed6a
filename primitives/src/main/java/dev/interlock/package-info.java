/**
 * Python's {@code threading} synchronization primitives with their exact semantics, written in
 * the style of {@code java.util.concurrent}: {@link dev.interlock.Lock}, {@link
 * dev.interlock.RLock}, {@link dev.interlock.Semaphore}, {@link dev.interlock.BoundedSemaphore},
 * {@link dev.interlock.Event}, {@link dev.interlock.Condition} and {@link dev.interlock.Barrier}.
 *
 * <p>Conventions shared by every class:
 * <ul>
 *   <li>Every blocking method has an untimed form, a {@code (long, TimeUnit)} form and a {@link
 *       java.time.Duration} form. A timeout {@code <= 0} polls and never waits.</li>
 *   <li>Blocking methods throw {@link java.lang.InterruptedException}; an interrupted waiter takes
 *       no unit, lock or signal. Locks and semaphores also offer {@code acquireUninterruptibly()}.</li>
 *   <li>Null arguments throw {@link java.lang.NullPointerException}.</li>
 *   <li>Python's {@code RuntimeError} for misuse is {@link java.lang.IllegalMonitorStateException};
 *       {@code ValueError} for a bad argument is {@link java.lang.IllegalArgumentException};
 *       "released too many times" is {@link java.lang.IllegalStateException}; {@code
 *       BrokenBarrierError} is {@link java.util.concurrent.BrokenBarrierException}. Messages are
 *       CPython's.</li>
 *   <li>{@code toString()} shows the state, as Python's {@code repr} does.</li>
 *   <li>Locks, semaphores and conditions return a {@link dev.interlock.Guard} from {@code guard()}
 *       for try-with-resources, Python's {@code with}.</li>
 * </ul>
 * Where Python and Java conventions differ, the choice is a row of the deviations table in
 * {@code docs/semantics.md}.
 */
package dev.interlock;
