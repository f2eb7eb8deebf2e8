package io.datasieve.spi;

/**
 * The first bytes of a resource (after decompression), with what content sniffing made of them,
 * so that a {@link RecordSourceProvider} can confirm that the content fits its format.
 *
 * @param head up to the first 8 KiB; do not modify
 * @param mediaType the media type detected from magic bytes ({@code application/x-parquet}), or
 *     {@code text/plain} for text ({@code text/plain; charset=UTF-16LE} for UTF-16 and UTF-32) and
 *     {@code application/octet-stream} when unknown
 * @param looksBinary whether the head contains NUL bytes or many control characters
 */
public record ContentSample(byte[] head, String mediaType, boolean looksBinary) {}
