package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

class EventOnVirtualThreadsTest extends EventConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
