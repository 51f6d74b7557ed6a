package dev.interlock.stress.kit;

import dev.interlock.stress.kit.shapes.BarrierShapes;
import dev.interlock.stress.kit.shapes.ConditionShapes;
import dev.interlock.stress.kit.shapes.EventShapes;
import dev.interlock.stress.kit.shapes.MutexShapes;
import dev.interlock.stress.kit.shapes.ReentrantMutexShapes;
import dev.interlock.stress.kit.shapes.SemaphoreShapes;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.List;

/**
 * The kinds of primitive {@link StressTests} knows, each with the factory it expects and the
 * jcstress shapes (properties) it gets, numbered in this order ({@code _01_}, {@code _02_}, …).
 */
public enum Kind {

    /** Python's {@code Lock}: no owner, any thread may release. {@code static MutexSubject f()}. */
    MUTEX(MutexSubject.class, List.of(),
            MutexShapes.MutualExclusion.class, MutexShapes.ReleaseAcquireVisibility.class,
            MutexShapes.BlockedAcquireWokenByRelease.class, MutexShapes.InterruptedAcquireThrows.class,
            MutexShapes.TryAcquireExcludes.class),

    /** Python's {@code RLock}: owned and reentrant. {@code static ReentrantMutexSubject f()}. */
    REENTRANT_MUTEX(ReentrantMutexSubject.class, List.of(),
            ReentrantMutexShapes.ReentrantMutualExclusion.class, ReentrantMutexShapes.NonOwnerReleaseRefused.class,
            MutexShapes.ReleaseAcquireVisibility.class, MutexShapes.InterruptedAcquireThrows.class),

    /** Python's {@code Semaphore}: unbounded release. {@code static SemaphoreSubject f(int value)}. */
    SEMAPHORE(SemaphoreSubject.class, List.of(int.class),
            SemaphoreShapes.PermitsConserved.class, SemaphoreShapes.ReleaseAcquireVisibility.class,
            SemaphoreShapes.BlockedAcquireWokenByRelease.class, SemaphoreShapes.LastPermitTakenOnce.class),

    /** Python's {@code BoundedSemaphore}: a release past the initial value is refused. {@code static SemaphoreSubject f(int value)}. */
    BOUNDED_SEMAPHORE(SemaphoreSubject.class, List.of(int.class),
            SemaphoreShapes.MutualExclusion.class, SemaphoreShapes.OverReleaseRefusedOnce.class,
            SemaphoreShapes.InterruptedAcquireThrows.class),

    /** Python's {@code Event}. {@code static EventSubject f()}. */
    EVENT(EventSubject.class, List.of(),
            EventShapes.SetPublishesData.class, EventShapes.SpinOnIsSetTerminates.class, EventShapes.AwaitWokenBySet.class,
            EventShapes.SpinOnIsSetSeesSet.class),

    /** Python's {@code Condition} over a reentrant lock. {@code static ConditionSubject f()}. */
    CONDITION(ConditionSubject.class, List.of(),
            ConditionShapes.SignalAfterRegistrationWakes.class, ConditionShapes.GuardedStateVisibleAfterAwait.class,
            ConditionShapes.AwaitReleasesReentrantHold.class),

    /** Python's {@code Barrier}. {@code static BarrierSubject f(int parties, Runnable action)}. */
    BARRIER(BarrierSubject.class, List.of(int.class, Runnable.class),
            BarrierShapes.BothPartiesPass.class, BarrierShapes.WritesVisibleAfterTrip.class,
            BarrierShapes.BrokenReleasesOtherParty.class, BarrierShapes.ResetBreaksWaitingParty.class,
            BarrierShapes.LatePartyJoinsNextCycle.class);

    private final Class<?> subject;
    private final List<Class<?>> parameters;
    private final List<Class<?>> shapes;

    Kind(Class<?> subject, List<Class<?>> parameters, Class<?>... shapes) {
        this.subject = subject;
        this.parameters = parameters;
        this.shapes = List.of(shapes);
    }

    /** The interface the factory must return (or a subtype of it). */
    public Class<?> subject() {
        return subject;
    }

    /** The factory's parameter types, in order. */
    public List<Class<?>> parameters() {
        return parameters;
    }

    /** The {@link Shape}s of this kind, in test-number order. */
    public List<Class<?>> shapes() {
        return shapes;
    }
}
