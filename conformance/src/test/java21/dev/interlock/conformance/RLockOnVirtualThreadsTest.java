package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

/** {@link RLockConformanceTest} with every worker on a virtual thread. */
class RLockOnVirtualThreadsTest extends RLockConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
