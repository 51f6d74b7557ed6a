/**
 * The one result record every engine writes ({@link dev.interlock.records.ResultRecord}), one
 * JSON object per line ({@link dev.interlock.records.RecordWriter}). Engines record what they
 * <em>observed</em>; only the {@code ci} module turns observations into verdicts.
 */
package dev.interlock.records;
