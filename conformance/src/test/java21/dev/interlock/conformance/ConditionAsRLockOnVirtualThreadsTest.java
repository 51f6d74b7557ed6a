package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

/** {@link ConditionAsRLockConformanceTest} with every worker on a virtual thread. */
class ConditionAsRLockOnVirtualThreadsTest extends ConditionAsRLockConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
