package io.datasieve.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The signatures in Tika's MIME database that a text head can match although they name a type
 * Tika does not count as text: {@code %!} (PostScript), {@code -----BEGIN CERTIFICATE-----}, {@code
 * MZ} (Windows executables), {@code 070707} (cpio), five digits (MARC records), and some 400 more;
 * also XML and HTML, which Tika refines by their root element into types that may not be text.
 *
 * <p>A head that none of them can match gets the same answer from Tika's database as from a text
 * check: text (or unknown), never a specific non-text type. So {@link ContentSniffer} asks Tika only
 * about text heads that match one of these, and behaves exactly as if it had asked about all of them.
 *
 * <p>Each signature is a necessary condition of one top-level magic clause in the database, and
 * of one of its sub-clauses when it has some: patterns that must occur at one of a range of offsets
 * for the clauses to match (a clause's own pattern and mask; literals that every match of a regular
 * expression contains). Clauses that need a NUL byte are left out: text
 * has none. The list is a resource extracted from the tika-core on the class path by {@code
 * TextLookalikesTest}, which fails when the database changes and tells how to regenerate it.
 *
 * <p>Resource format, one signature a line, tab-separated: the media type, then one or more parts,
 * all of which must match, each as an offset range {@code from:to}, flags ({@code i} for ASCII
 * case-insensitive, else {@code -}) and a pattern. In a pattern, printable ASCII stands for itself,
 * {@code \\} for a backslash, {@code \xHH} for any other byte, {@code \d} for an ASCII digit and
 * {@code \&MMVV} for a byte whose bits under the mask {@code MM} are {@code VV} ({@code \&0000}: any
 * byte).
 */
final class TextLookalikes {
  static final String RESOURCE = "text-lookalikes.txt";
  /** A pattern element that matches any ASCII digit. */
  private static final int DIGIT = 0x100;
  /** Marks a pattern element {@code MASKED | mask << 8 | value}: a byte whose masked bits are the value. */
  private static final int MASKED = 0x10000;

  private TextLookalikes() {}

  /** A pattern that may start at any offset in {@code [from, to]}. */
  record Part(int from, int to, boolean ignoreCase, int[] pattern) {
    boolean couldMatch(byte[] head) {
      int last = Math.min(to, head.length - pattern.length);
      for (int at = from; at <= last; at++) {
        if (matchesAt(head, at)) {
          return true;
        }
      }
      return false;
    }

    private boolean matchesAt(byte[] head, int at) {
      for (int i = 0; i < pattern.length; i++) {
        int b = head[at + i] & 0xFF;
        int p = pattern[i];
        if (p == DIGIT) {
          if (b < '0' || b > '9') {
            return false;
          }
        } else if (p > 0xFF) {
          if ((b & (p >>> 8 & 0xFF)) != (p & 0xFF)) {
            return false;
          }
        } else if (b != p && !(ignoreCase && b >= 'A' && b <= 'Z' && b + ('a' - 'A') == p)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One signature: all of its parts (a clause, and one of its sub-clauses) must match. */
  record Signature(String mediaType, List<Part> parts) {
    boolean couldMatch(byte[] head) {
      for (Part p : parts) {
        if (!p.couldMatch(head)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Loaded on first use: only text heads need it. */
  private static final class Loaded {
    static final List<Signature> SIGNATURES = load();
  }

  /** Whether one of the signatures could match the head (then only Tika can tell what it is). */
  static boolean couldMatch(byte[] head) {
    return firstMatch(head) != null;
  }

  /** The first signature that could match the head, or {@code null}. */
  static Signature firstMatch(byte[] head) {
    for (Signature s : Loaded.SIGNATURES) {
      if (s.couldMatch(head)) {
        return s;
      }
    }
    return null;
  }

  static List<Signature> signatures() {
    return Loaded.SIGNATURES;
  }

  private static List<Signature> load() {
    InputStream in = TextLookalikes.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " next to " + TextLookalikes.class.getName());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      List<Signature> out = new ArrayList<>(512);
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (!line.isEmpty() && line.charAt(0) != '#') {
          out.add(parse(line, number));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses one line of the resource: the media type, then each part as range, flags and pattern. */
  static Signature parse(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 4 || (fields.length - 1) % 3 != 0) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": expected a media type and parts of 3 fields: " + line);
    }
    List<Part> parts = new ArrayList<>(2);
    for (int f = 1; f < fields.length; f += 3) {
      String range = fields[f];
      int colon = range.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": expected an offset range from:to, got " + range);
      }
      parts.add(new Part(Integer.parseInt(range, 0, colon, 10), Integer.parseInt(range, colon + 1, range.length(), 10),
          fields[f + 1].equals("i"), unescape(fields[f + 2], number)));
    }
    return new Signature(fields[0], List.copyOf(parts));
  }

  private static int[] unescape(String s, int number) {
    int[] out = new int[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out[n++] = c;
      } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        out[n++] = '\\';
        i++;
      } else if (i + 1 < s.length() && s.charAt(i + 1) == 'd') {
        out[n++] = DIGIT;
        i++;
      } else if (i + 5 < s.length() && s.charAt(i + 1) == '&') {
        out[n++] = MASKED | Integer.parseInt(s, i + 2, i + 6, 16);
        i += 5;
      } else if (i + 3 < s.length() && s.charAt(i + 1) == 'x') {
        out[n++] = Integer.parseInt(s, i + 2, i + 4, 16);
        i += 3;
      } else {
        throw new IllegalStateException(RESOURCE + " line " + number + ": bad escape at column " + (i + 1));
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** A pattern element for a byte whose bits under the mask are the value ({@code 0, 0}: any byte). */
  static int masked(int mask, int value) {
    return MASKED | mask << 8 | value;
  }

  /** The resource notation of a pattern element, the inverse of the parser. */
  static String escape(int element) {
    if (element == DIGIT) {
      return "\\d";
    }
    if (element >= MASKED) {
      return String.format("\\&%04x", element & 0xFFFF);
    }
    if (element == '\\') {
      return "\\\\";
    }
    return element > ' ' && element < 0x7F ? String.valueOf((char) element) : String.format("\\x%02x", element);
  }
}
