package io.datasieve;

/**
 * How many matches of a finding occurred in one field.
 *
 * @param field CSV column name, or JSON path for nested formats
 * @param count number of matches
 */
public record FieldCount(String field, long count) {}
