package dev.interlock.conformance.support;

import dev.interlock.records.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadFactory;

/**
 * What the tests of one binding class observed, per property: filled by {@link
 * RecordingExtension} as the tests end (possibly from several threads), turned into records when
 * the class ends.
 */
final class BindingRecords {
    private final Class<?> bindingClass;
    private final Map<String, TestTally> tallies = new TreeMap<>(); // sorted: a stable file
    private String subject;
    private String threads;

    BindingRecords(Class<?> bindingClass) {
        this.bindingClass = bindingClass;
    }

    /** Learns the subject name and the kind of worker threads from a test instance, once. */
    synchronized void learn(Object instance) {
        if (subject != null || !(instance instanceof Contract contract)) return;
        subject = contract.subject();
        threads = threadKind(contract.threads());
    }

    synchronized void passed(String property, String test, String deviation, long nanos) {
        tally(property).passed(test, deviation, nanos);
    }

    synchronized void failed(String property, String test, String deviation, Throwable cause, long nanos) {
        tally(property).failed(test, deviation, cause, nanos);
    }

    synchronized void skipped(String property, String test, String reason, long nanos) {
        tally(property).skipped(test, reason, nanos);
    }

    /** The kind of worker threads, {@code "unknown"} if no test instance was ever made. */
    synchronized String threads() {
        return threads == null ? "unknown" : threads;
    }

    /** {@code <binding class simple name>.jsonl}. */
    String fileName() {
        return bindingClass.getSimpleName() + ".jsonl";
    }

    /** One record per property with at least one test that ran, in property order. */
    synchronized List<ResultRecord> records(Map<String, Object> budget) {
        String name = subject != null ? subject : Contract.subjectOf(bindingClass);
        List<ResultRecord> records = new ArrayList<>();
        tallies.forEach((property, tally) -> tally.toRecord(name, property, bindingClass.getName(), budget).ifPresent(records::add));
        return records;
    }

    private TestTally tally(String property) {
        return tallies.computeIfAbsent(property, p -> new TestTally());
    }

    /**
     * Asks the factory for a thread (never started) and whether it is virtual. {@code
     * Thread.isVirtual()} exists from JDK 21 only, hence the reflection; before, every thread is a
     * platform thread.
     */
    static String threadKind(ThreadFactory factory) {
        Thread probe = factory.newThread(() -> { });
        if (probe == null) return "unknown";
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(probe) ? "virtual" : "platform";
        } catch (NoSuchMethodException e) {
            return "platform";
        } catch (ReflectiveOperationException e) {
            return "unknown";
        }
    }
}
