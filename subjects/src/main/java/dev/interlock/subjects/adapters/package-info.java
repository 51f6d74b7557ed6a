/** Adapters that present Interlock's own primitives as {@link dev.interlock.subjects} subjects. */
package dev.interlock.subjects.adapters;
