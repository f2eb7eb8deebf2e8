package io.datasieve.detectors;

/**
 * IPv6 address syntax, decided char by char without allocating: what commons-validator's {@code
 * InetAddressValidator.isValidInet6Address} decides for text made of hex digits, colons and dots
 * (the candidates {@link IpAddressDetector} grows; zone ids and prefix lengths never occur in them).
 *
 * <p>The rules: at most one {@code ::}; no single colon at either end; groups of 1-4 hex digits
 * between the colons, the last group possibly a dotted quad (four decimal numbers 0-255 without
 * leading zeros) that counts as two groups; {@code ::} stands for at least one zero group; at most
 * eight groups, and exactly eight without {@code ::}.
 */
final class Ipv6Syntax {
  private Ipv6Syntax() {}

  /** Whether {@code s[from, to)} is an IPv6 address; false for any char that is not a hex digit, colon or dot. */
  static boolean isValid(String s, int from, int to) {
    if (to - from < 2) {
      return false; // "" and ":" are not addresses, and one hex group is too few
    }
    int compressed = -1; // where the one "::" is
    for (int p = from; p + 1 < to; p++) {
      if (s.charAt(p) == ':' && s.charAt(p + 1) == ':') {
        if (compressed >= 0) {
          return false;
        }
        compressed = p;
      }
    }
    if (s.charAt(from) == ':' && compressed != from || s.charAt(to - 1) == ':' && compressed != to - 2) {
      return false;
    }
    int groups = compressed >= 0 ? 1 : 0;
    int piece = from;
    while (piece <= to) {
      int colon = piece;
      while (colon < to && s.charAt(colon) != ':') {
        colon++;
      }
      int len = colon - piece;
      if (len > 0) {
        if (colon == to && hasDot(s, piece, to)) {
          if (!isDottedQuad(s, piece, to)) {
            return false;
          }
          groups += 2;
        } else {
          if (len > 4 || !allHex(s, piece, colon)) {
            return false;
          }
          groups++;
        }
      }
      piece = colon + 1;
    }
    return groups <= 8 && (groups == 8 || compressed >= 0);
  }

  private static boolean hasDot(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean allHex(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** Exactly {@code s[from, to)} is four decimal numbers 0-255 without leading zeros, joined by dots. */
  static boolean isDottedQuad(String s, int from, int to) {
    int j = from;
    for (int octet = 0; octet < 4; octet++) {
      int start = j;
      int v = 0;
      while (j < to && j - start < 4 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
        v = v * 10 + (s.charAt(j) - '0');
        j++;
      }
      int len = j - start;
      if (len == 0 || len > 3 || v > 255 || len > 1 && s.charAt(start) == '0') {
        return false;
      }
      if (octet < 3) {
        if (j >= to || s.charAt(j) != '.') {
          return false;
        }
        j++;
      }
    }
    return j == to;
  }
}
