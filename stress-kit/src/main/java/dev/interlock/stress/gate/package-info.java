/**
 * The jcstress run of the default build: {@link dev.interlock.stress.gate.JcstressLauncher} runs
 * every test in one jcstress invocation in a fresh working directory; {@link
 * dev.interlock.stress.gate.JcstressReader} reads the result file with jcstress's own classes,
 * grades each test and writes one result record per declared test. It records and goes on: the
 * gate is the {@code ci} module's, after the verification report is written.
 */
package dev.interlock.stress.gate;
