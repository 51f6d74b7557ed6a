package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

/** {@link ReadWriteLockConformanceTest} with every worker on a virtual thread. */
class ReadWriteLockOnVirtualThreadsTest extends ReadWriteLockConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
