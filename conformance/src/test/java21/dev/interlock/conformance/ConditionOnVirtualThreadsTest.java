package dev.interlock.conformance;

import java.util.concurrent.ThreadFactory;

class ConditionOnVirtualThreadsTest extends ConditionConformanceTest {
    @Override protected ThreadFactory threads() { return Thread.ofVirtual().name("interlock-virtual-", 0).factory(); }
}
