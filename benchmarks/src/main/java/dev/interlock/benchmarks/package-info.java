/**
 * JMH benchmarks of Interlock's primitives, each paired with its nearest {@code
 * java.util.concurrent} peer in the same run, and the tools that turn a run into the ratio table
 * ({@link dev.interlock.benchmarks.RatioTable}) and run everything in one go ({@link
 * dev.interlock.benchmarks.FullRun}).
 *
 * <p>Every benchmark measures the average time of one operation ({@code Mode.AverageTime}, ns/op):
 * a ratio above 1 means Interlock is slower than its peer. Uncontended benchmarks run one thread;
 * contended ones two, the machines' CPU count.
 */
package dev.interlock.benchmarks;
