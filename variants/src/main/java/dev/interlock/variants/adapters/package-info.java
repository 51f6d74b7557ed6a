/** The broken variants presented as {@link dev.interlock.subjects} subjects, where a subject kind fits. */
package dev.interlock.variants.adapters;
