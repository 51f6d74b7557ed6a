package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

class SemaphoreOnVirtualThreadsTest extends SemaphoreConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
