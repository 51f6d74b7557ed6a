/**
 * Broken variants and demonstration subjects: small classes that are wrong in one documented
 * way, for the engines to catch. <b>Do not use them.</b> Each class's javadoc says what is wrong,
 * which property it violates and which test demonstrates it. Adapters to the {@link
 * dev.interlock.subjects} interfaces live in {@link dev.interlock.variants.adapters}.
 */
package dev.interlock.variants;
