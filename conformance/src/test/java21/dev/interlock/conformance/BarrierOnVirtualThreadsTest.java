package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

/** {@link BarrierConformanceTest} with every worker on a virtual thread. */
class BarrierOnVirtualThreadsTest extends BarrierConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
