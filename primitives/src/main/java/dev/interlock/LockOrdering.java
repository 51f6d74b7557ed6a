package dev.interlock;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A global acquisition order for a fixed set of locks, the standard cure for lock-ordering
 * deadlock: if every thread that needs several of these locks takes them through {@link
 * #acquireAll(ConditionLock...)}, they are always taken in the same order, so no cycle of threads
 * each holding one lock and waiting for another can form.
 *
 * <pre>{@code
 * LockOrdering order = LockOrdering.of(accounts, audit);   // the global order: accounts, then audit
 * try (Guard held = order.acquireAll(audit, accounts)) {   // taken as accounts, audit
 *     ...
 * }                                                        // released in reverse: audit, accounts
 * }</pre>
 *
 * <p>The order is the order of {@link #of(ConditionLock...)}: explicit and the same in every
 * thread (no identity hash codes, so no ties to break). A lock not in the ordering is refused
 * ({@link IllegalArgumentException}), so a forgotten lock cannot silently break the order.
 * Acquiring a subset is allowed: the subset is taken in the global order.
 *
 * <p><b>Interruption and failure.</b> {@code acquireAll} acquires interruptibly; if the thread is
 * interrupted (or an acquisition throws) part-way, the locks already taken are released in reverse
 * order before the exception propagates, so the caller holds none of them.
 *
 * <p><b>Memory consistency effects:</b> those of the locks themselves; the ordering adds none.
 * An ordering is immutable and may be shared by any number of threads.
 */
public final class LockOrdering {

    private final List<ConditionLock> order;
    private final Map<ConditionLock, Integer> rank = new IdentityHashMap<>();

    private LockOrdering(List<ConditionLock> order) {
        this.order = order;
        for (int i = 0; i < order.size(); i++) {
            if (rank.put(order.get(i), i) != null) throw new IllegalArgumentException("lock listed twice: " + order.get(i));
        }
    }

    /**
     * An ordering in which {@code locks[0]} comes first.
     *
     * @throws IllegalArgumentException if a lock is listed twice or no lock is given
     * @throws NullPointerException     if a lock is null
     */
    public static LockOrdering of(ConditionLock... locks) {
        if (locks.length == 0) throw new IllegalArgumentException("no locks");
        List<ConditionLock> list = new ArrayList<>(locks.length);
        for (ConditionLock l : locks) list.add(Objects.requireNonNull(l, "lock"));
        return new LockOrdering(List.copyOf(list));
    }

    /**
     * Acquires {@code locks} (any order, any subset of this ordering, no duplicates) in the global
     * order, interruptibly, and returns a guard that releases them in reverse order once.
     *
     * @throws IllegalArgumentException if a lock is not in this ordering or is given twice
     * @throws InterruptedException     if interrupted while waiting; nothing is held then
     */
    public Guard acquireAll(ConditionLock... locks) throws InterruptedException {
        boolean[] wanted = new boolean[order.size()];
        for (ConditionLock l : locks) {
            Integer r = rank.get(Objects.requireNonNull(l, "lock"));
            if (r == null) throw new IllegalArgumentException("lock not in this ordering: " + l);
            if (wanted[r]) throw new IllegalArgumentException("lock given twice: " + l);
            wanted[r] = true;
        }
        List<ConditionLock> held = new ArrayList<>(locks.length);
        try {
            for (int i = 0; i < wanted.length; i++) {
                if (!wanted[i]) continue;
                ConditionLock l = order.get(i);
                l.acquire();
                held.add(l);
            }
        } catch (Throwable e) {
            releaseReverse(held);
            throw e;
        }
        return Guard.of(() -> releaseReverse(held));
    }

    /** The locks in their global order. */
    public List<ConditionLock> order() {
        return order;
    }

    private static void releaseReverse(List<ConditionLock> held) {
        for (int i = held.size() - 1; i >= 0; i--) held.get(i).release();
    }

    @Override
    public String toString() {
        return "LockOrdering" + order;
    }
}
