/**
 * Subjects: what a verified primitive must offer, one small interface per kind (mutex, reentrant
 * mutex, semaphore, event, condition, barrier, readers–writer lock). Every engine (JUnit contracts, Lincheck models,
 * jcstress tests) reaches a primitive only through these interfaces, so a user's primitive enters
 * every engine by writing one adapter. Adapters pass the primitive's exceptions through unchanged.
 * {@code toString()} of an adapter is the primitive's.
 */
package dev.interlock.subjects;
