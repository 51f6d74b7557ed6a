package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.subjects.EventSubject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Blocking behaviour of an event, with the general-purpose API: a thread in an untimed {@code
 * await()} is woken by another thread's {@code set()} in every interleaving (no lost wakeup).
 * Paired with a broken event that the same harness must catch first ({@link GeneralPair}): one
 * that checks its flag, then registers and parks. The general API has no stress mode: that cell is
 * not applicable.
 */
public abstract class EventWakeupContract {

    /** A new, unset subject. */
    protected abstract EventSubject newEvent();

    /** A new, unset broken event that this test must catch (e.g. check-then-register-then-park). */
    protected abstract EventSubject newPairedBroken();

    @Test
    public void blockedAwaitWokenBySet() {
        GeneralPair.check("blocked-await-woken-by-set", LincheckModel.nameOf(newEvent()),
                () -> awaitAndSet(newEvent()), LincheckModel.nameOf(newPairedBroken()),
                () -> awaitAndSet(newPairedBroken()), Set.of(Outcome.HANG));
    }

    static void awaitAndSet(EventSubject event) {
        boolean[] returned = {false};
        Workers.runAll(() -> {
            event.await();
            returned[0] = true;
        }, event::set);
        assertTrue(returned[0], "the waiter returned");
        assertTrue(event.isSet(), "the flag stays set");
    }
}
