package dev.interlock.model;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;
import dev.interlock.variants.UpgradingReadWriteLock;
import dev.interlock.variants.WriterStarvingReadWriteLock;

public class ReadWriteLockPolicyTest extends WriterPreferenceContract {
    @Override protected ReadWriteLockSubject newLock() { return new ReadWriteLockAdapter(new ReadWriteLock()); }
    @Override protected ReadWriteLockSubject newPairedStarving() { return new WriterStarvingReadWriteLock(); }
    @Override protected ReadWriteLockSubject newPairedUpgrading() { return new UpgradingReadWriteLock(); }
}
