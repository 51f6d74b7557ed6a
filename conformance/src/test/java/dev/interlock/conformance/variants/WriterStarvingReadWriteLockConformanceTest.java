package dev.interlock.conformance.variants;

import dev.interlock.conformance.ReadWriteLockContract;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.WriterStarvingReadWriteLock;

/** Broken variant {@link WriterStarvingReadWriteLock} (readers that ignore a waiting writer: expected to fail writer-preference). */
class WriterStarvingReadWriteLockConformanceTest extends ReadWriteLockContract {
    @Override protected ReadWriteLockSubject newLock() { return new WriterStarvingReadWriteLock(); }
}
