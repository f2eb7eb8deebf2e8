package io.datasieve.detectors;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * Validity of North American (+1) numbers, decided from libphonenumber's own metadata with its
 * own rules, on automata compiled once ({@link RegionValidity}, {@link DigitAutomaton}) instead of
 * its regexes: a number is one table step per digit, read straight from the candidate's chars.
 * (libphonenumber also compiles its patterns through a cache of 100, while the 25 NANP regions
 * hold about 250: checking a {@code +1} number that is not valid in the US cycles through all of
 * them and recompiles most on every call.) Tests hold this class to {@link
 * PhoneNumberUtil#isValidNumber} and {@link PhoneNumberUtil#isValidNumberForRegion}.
 *
 * <p>A region is compiled when a number first needs it (most scans need the US only); racing
 * threads build equal regions and either one serves. Otherwise immutable; thread-safe.
 */
final class NanpValidity {
  /** A region's validity and, where its metadata has them, the leading digits that alone assign a +1 number to it. */
  private record Region(RegionValidity validity, DigitAutomaton leading, Pattern leadingRegex) {
    boolean hasLeadingDigits() {
      return leading != null || leadingRegex != null;
    }

    /** Whether the region's leading digits start the last {@code count - skip} of the packed digits. */
    boolean picks(long packed, int count, int skip) {
      int length = count - skip;
      if (leadingRegex != null) {
        char[] digits = new char[length];
        for (int k = 0; k < length; k++) {
          digits[k] = (char) ('0' + ((packed >>> 4 * (length - 1 - k)) & 15));
        }
        return leadingRegex.matcher(new String(digits)).lookingAt();
      }
      int state = leading.start();
      for (int shift = 4 * (length - 1); shift >= 0; shift -= 4) {
        if (leading.matched(state) != 0) {
          return true; // a prefix matched: lookingAt
        }
        state = leading.next(state, (int) (packed >>> shift) & 15);
        if (state == DigitAutomaton.DEAD) {
          return false;
        }
      }
      return leading.matched(state) != 0;
    }
  }

  /** The metadata libphonenumber's default instance reads (the same files, loaded once). */
  private static final RegionMetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

  /** The NANP region codes, in libphonenumber's order (the US first). */
  private final List<String> codes;
  private final AtomicReferenceArray<Region> regions;

  NanpValidity(PhoneNumberUtil util) {
    this.codes = List.copyOf(util.getRegionCodesForCountryCode(1));
    this.regions = new AtomicReferenceArray<>(codes.size());
  }

  /** Number of NANP regions. */
  int size() {
    return codes.size();
  }

  /** The region code of index {@code k} ({@link #regionIndex}). */
  String code(int k) {
    return codes.get(k);
  }

  /** The index of a NANP region code for {@link #validFor}, or -1. */
  int regionIndex(String code) {
    return codes.indexOf(code);
  }

  private Region region(int k) {
    Region r = regions.get(k);
    if (r == null) {
      PhoneMetadata m = METADATA.getMetadataForRegion(codes.get(k));
      DigitAutomaton leading = null;
      Pattern leadingRegex = null;
      if (m.hasLeadingDigits()) {
        try {
          leading = DigitAutomaton.compile(List.of(m.getLeadingDigits()), true);
        } catch (IllegalArgumentException unsupported) {
          leadingRegex = Pattern.compile(m.getLeadingDigits());
        }
      }
      r = new Region(RegionValidity.of(m), leading, leadingRegex);
      regions.compareAndSet(k, null, r);
    }
    return r;
  }

  /**
   * Whether the last {@code count - skip} of {@code count} digits, packed four bits each with the
   * first one highest, form a national number valid in the NANP region of {@link #regionIndex}
   * {@code k}.
   */
  boolean validFor(int k, long packed, int count, int skip) {
    return region(k).validity().valid(packed, count, skip);
  }

  /** Whether {@code +1} and the national number (as for {@link #validFor}) is valid in some NANP region. */
  boolean valid(long packed, int count, int skip) {
    for (int k = 0; k < codes.size(); k++) {
      Region r = region(k);
      // As libphonenumber assigns a region, then validates for it: where a region has leading
      // digits they alone pick it; the others are tried by validity, in order.
      if (r.hasLeadingDigits()) {
        if (r.picks(packed, count, skip)) {
          return r.validity().valid(packed, count, skip);
        }
      } else if (r.validity().valid(packed, count, skip)) {
        return true;
      }
    }
    return false;
  }
}
