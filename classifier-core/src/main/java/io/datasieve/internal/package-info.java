/**
 * The scan engine and built-in readers. Internal: not API, may change in any release. Use {@link
 * io.datasieve.Scanner} and the {@link io.datasieve.spi} interfaces instead.
 */
package io.datasieve.internal;
