package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

/** {@link LockConformanceTest} with every worker on a virtual thread. */
class LockOnVirtualThreadsTest extends LockConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
