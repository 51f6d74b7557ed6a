/**
 * The jcstress run of the default build and its gate: {@link
 * dev.interlock.stress.gate.JcstressLauncher} runs every test in one jcstress invocation in a
 * fresh working directory; {@link dev.interlock.stress.gate.JcstressReader} reads the result
 * file with jcstress's own classes, grades each test against its {@link
 * dev.interlock.stress.Expectation}, writes result records and fails the build on a failure.
 */
package dev.interlock.stress.gate;
