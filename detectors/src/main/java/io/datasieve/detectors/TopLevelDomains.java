package io.datasieve.detectors;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * The top-level domains that commons-validator's {@link DomainValidator#isValidTld} accepts and
 * that are made of ASCII letters only (the only ones an e-mail candidate can end in), looked up in
 * place, ignoring case, without allocating. Built once from every list the validator consults
 * (its built-in IANA lists and any overrides), each entry confirmed by the validator itself, so the
 * answers are the validator's. Immutable and thread-safe.
 */
final class TopLevelDomains {
  private static final TopLevelDomains IANA = new TopLevelDomains(DomainValidator.getInstance());

  private final char[][] table; // open addressing: lower-case names, or null
  private final int mask;
  private final int size;

  private TopLevelDomains(DomainValidator validator) {
    Set<String> names = new LinkedHashSet<>();
    for (DomainValidator.ArrayType type : DomainValidator.ArrayType.values()) {
      addValid(names, validator, DomainValidator.getTLDEntries(type));
      if (type.name().endsWith("_PLUS")) {
        addValid(names, validator, validator.getOverrides(type)); // this instance's own additions
      }
    }
    size = names.size();
    int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
    table = new char[cap][];
    mask = cap - 1;
    for (String name : names) {
      int slot = hash(name, 0, name.length()) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = name.toCharArray();
    }
  }

  private static void addValid(Set<String> names, DomainValidator validator, String[] list) {
    for (String name : list) {
      if (isAsciiLetters(name) && validator.isValidTld(name)) {
        names.add(name.toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  /** The top-level domains of the IANA lists of commons-validator. */
  static TopLevelDomains iana() {
    return IANA;
  }

  /** Number of names. */
  int size() {
    return size;
  }

  private static boolean isAsciiLetters(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + lower(s.charAt(i));
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }

  /**
   * Whether {@code s[from, to)} is one of the names in any case; false for an empty range or one
   * with a char that is no ASCII letter.
   */
  boolean contains(String s, int from, int to) {
    int len = to - from;
    if (len == 0) {
      return false;
    }
    int slot = hash(s, from, to) & mask;
    while (true) {
      char[] w = table[slot];
      if (w == null) {
        return false;
      }
      if (w.length == len && equalsLowered(w, s, from)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean equalsLowered(char[] w, String s, int from) {
    for (int k = 0; k < w.length; k++) {
      if (lower(s.charAt(from + k)) != w[k]) {
        return false;
      }
    }
    return true;
  }
}
