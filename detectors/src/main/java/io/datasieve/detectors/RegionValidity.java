package io.datasieve.detectors;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a national significant number is valid in one region, decided as libphonenumber's {@code
 * isValidNumberForRegion} decides it once the number is parsed, but from a {@link DigitAutomaton}
 * compiled once from the region's metadata.
 *
 * <p>libphonenumber's rule: the number must match the general description, then one number type
 * (premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail, fixed line, and
 * mobile unless the region declares mobile and fixed line the same). A description matches when
 * its possible lengths (if it lists any) hold the number's length and its pattern (if it has one)
 * matches the whole number. Here every description's pattern is a bit of one automaton, and each
 * length a mask of the descriptions that allow it: validity is a table step per digit and two mask
 * tests. A pattern the automaton cannot take (see {@link DigitAutomaton}) is matched with {@code
 * java.util.regex}, so the answer stays libphonenumber's. General over regions: nothing here is
 * specific to a country. Immutable and thread-safe.
 */
final class RegionValidity {
  /** Bit 0: the general description; bits 1..: the number types. */
  private static final int GENERAL = 1;

  /** Longest national significant number libphonenumber accepts. */
  private static final int MAX_LENGTH = 17;

  private final String region;
  /** The descriptions' patterns, or null when none compiled into one automaton (then all are in {@link #regex}). */
  private final DigitAutomaton automaton;
  /** Patterns matched with java.util.regex instead, by bit; null where the automaton has the bit. */
  private final Pattern[] regex;
  /** {@code allowed[length]}: the descriptions whose possible lengths hold that length. */
  private final int[] allowed;
  /** The descriptions that have a pattern at all (an empty one never matches). */
  private final int present;
  /** The descriptions whose pattern is in {@link #automaton}. */
  private final int compiled;

  private RegionValidity(String region, DigitAutomaton automaton, Pattern[] regex, int[] allowed, int present) {
    this.region = region;
    this.automaton = automaton;
    this.regex = regex;
    this.allowed = allowed;
    this.present = present;
    int c = 0;
    for (int i = 0; i < regex.length; i++) {
      c |= automaton != null && regex[i] == null ? 1 << i : 0;
    }
    this.compiled = c & present;
  }

  /** The validity of numbers of this region's metadata. */
  static RegionValidity of(PhoneMetadata m) {
    List<PhoneNumberDesc> descs = new ArrayList<>(List.of(m.getGeneralDesc(), m.getPremiumRate(), m.getTollFree(),
        m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(),
        m.getFixedLine()));
    if (!m.getSameMobileAndFixedLinePattern()) {
      descs.add(m.getMobile());
    }
    int[] allowed = new int[MAX_LENGTH + 1];
    int present = 0;
    List<String> patterns = new ArrayList<>();
    Pattern[] regex = new Pattern[descs.size()];
    for (int i = 0; i < descs.size(); i++) {
      PhoneNumberDesc d = descs.get(i);
      for (int len = 0; len <= MAX_LENGTH; len++) {
        if (d.getPossibleLengthCount() == 0 || d.getPossibleLengthList().contains(len)) {
          allowed[len] |= 1 << i;
        }
      }
      String p = d.getNationalNumberPattern();
      if (p.isEmpty()) {
        patterns.add("");
        continue;
      }
      present |= 1 << i;
      try {
        DigitAutomaton.compile(p); // refuses what it cannot take
        patterns.add(p);
      } catch (IllegalArgumentException unsupported) {
        patterns.add("");
        regex[i] = Pattern.compile(p);
      }
    }
    DigitAutomaton automaton;
    try {
      automaton = DigitAutomaton.compile(patterns, false);
    } catch (IllegalArgumentException tooLarge) {
      automaton = null;
      for (int i = 0; i < descs.size(); i++) {
        if ((present & 1 << i) != 0 && regex[i] == null) {
          regex[i] = Pattern.compile(descs.get(i).getNationalNumberPattern());
        }
      }
    }
    return new RegionValidity(m.getId(), automaton, regex, allowed, present);
  }

  /** The region code (ISO 3166 or {@code 001}). */
  String region() {
    return region;
  }

  /** Whether the national significant number (digits only) is valid in the region. */
  boolean valid(CharSequence national) {
    return valid(national, 0, national.length(), 0);
  }

  /**
   * Whether the digits of {@code text[from, to)}, after the first {@code skip} of them, form a
   * national significant number valid in the region; other chars are passed over.
   */
  boolean valid(CharSequence text, int from, int to, int skip) {
    int length = 0;
    int state = automaton == null ? DigitAutomaton.DEAD : automaton.start();
    for (int k = from; k < to; k++) {
      int d = text.charAt(k) - '0';
      if (d < 0 || d > 9) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      length++;
      if (state != DigitAutomaton.DEAD) {
        state = automaton.next(state, d);
      }
    }
    if (length > MAX_LENGTH) {
      return false;
    }
    int matched = state == DigitAutomaton.DEAD ? 0 : automaton.matched(state) & compiled;
    int candidates = allowed[length] & present;
    matched &= candidates;
    int missing = candidates & ~matched;
    for (int i = 0; i < regex.length; i++) {
      if ((missing & 1 << i) != 0 && regex[i] != null && (i == 0 || (matched & GENERAL) != 0)
          && regex[i].matcher(digitsOf(text, from, to, length)).matches()) {
        matched |= 1 << i;
      }
    }
    return (matched & GENERAL) != 0 && (matched & ~GENERAL) != 0;
  }

  /**
   * Whether the last {@code count - skip} of {@code count} digits packed four bits each (the first
   * one highest; at most 16) form a national significant number valid in the region.
   */
  boolean valid(long packed, int count, int skip) {
    int length = count - skip;
    int state = automaton == null ? DigitAutomaton.DEAD : automaton.start();
    for (int shift = 4 * (length - 1); shift >= 0 && state != DigitAutomaton.DEAD; shift -= 4) {
      state = automaton.next(state, (int) (packed >>> shift) & 15);
    }
    int matched = state == DigitAutomaton.DEAD ? 0 : automaton.matched(state) & compiled;
    if ((allowed[length] & present & ~compiled) == 0) { // no description left to java.util.regex
      matched &= allowed[length];
      return (matched & GENERAL) != 0 && (matched & ~GENERAL) != 0;
    }
    char[] digits = new char[length];
    for (int k = 0; k < length; k++) {
      digits[k] = (char) ('0' + ((packed >>> 4 * (length - 1 - k)) & 15));
    }
    return valid(new String(digits));
  }

  /** The last {@code length} digits of the range, for the rare pattern the automaton does not hold. */
  private static String digitsOf(CharSequence text, int from, int to, int length) {
    char[] out = new char[length];
    int n = length;
    for (int k = to - 1; k >= from && n > 0; k--) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        out[--n] = c;
      }
    }
    return new String(out);
  }
}
