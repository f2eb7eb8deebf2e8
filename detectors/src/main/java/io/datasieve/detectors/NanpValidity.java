package io.datasieve.detectors;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validity of North American (+1) numbers, decided from libphonenumber's own metadata with its
 * own rules (a number is valid for a region when it matches the region's general description and
 * one of its number types, each by possible length and full pattern match), but with every
 * pattern compiled once. libphonenumber compiles patterns through a cache of 100, while the 25
 * NANP regions hold about 250: checking a {@code +1} number that is not valid in the US cycles
 * through all of them and recompiles most on every call. Tests hold this class to {@link
 * PhoneNumberUtil#isValidNumber} and {@link PhoneNumberUtil#isValidNumberForRegion}. Immutable.
 */
final class NanpValidity {
  private record Desc(Pattern pattern, List<Integer> lengths) {
    static Desc of(PhoneNumberDesc d) {
      String p = d.getNationalNumberPattern();
      return new Desc(p.isEmpty() ? null : Pattern.compile(p), List.copyOf(d.getPossibleLengthList()));
    }

    boolean matches(String national) {
      return pattern != null && (lengths.isEmpty() || lengths.contains(national.length()))
          && pattern.matcher(national).matches();
    }
  }

  private record Region(String code, Pattern leadingDigits, Desc general, List<Desc> types) {
    boolean valid(String national) {
      if (!general.matches(national)) {
        return false;
      }
      for (Desc t : types) {
        if (t.matches(national)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The metadata libphonenumber's default instance reads (the same files, loaded once). */
  private static final RegionMetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

  /** The NANP region codes, in libphonenumber's order (the US first). */
  private final List<String> codes;
  /** Each region's patterns, compiled when a number first needs them (most scans need the US only). */
  private final java.util.concurrent.atomic.AtomicReferenceArray<Region> regions;

  NanpValidity(PhoneNumberUtil util) {
    this.codes = List.copyOf(util.getRegionCodesForCountryCode(1));
    this.regions = new java.util.concurrent.atomic.AtomicReferenceArray<>(codes.size());
  }

  private Region region(int k) {
    Region r = regions.get(k);
    if (r == null) {
      String code = codes.get(k);
      PhoneMetadata m = METADATA.getMetadataForRegion(code);
      List<Desc> types = new ArrayList<>();
      for (PhoneNumberDesc d : List.of(m.getPremiumRate(), m.getTollFree(), m.getSharedCost(), m.getVoip(),
          m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine(), m.getMobile())) {
        types.add(Desc.of(d));
      }
      Pattern leading = m.hasLeadingDigits() ? Pattern.compile(m.getLeadingDigits()) : null;
      r = new Region(code, leading, Desc.of(m.getGeneralDesc()), List.copyOf(types));
      regions.compareAndSet(k, null, r); // racing threads build equal regions; either one serves
    }
    return r;
  }

  /** Whether the ten-digit national number is valid in this NANP region (US, CA, ...). */
  boolean validFor(long national, String region) {
    int k = codes.indexOf(region);
    return k >= 0 && region(k).valid(Long.toString(national));
  }

  /** Whether {@code +1} and the national number is valid in some NANP region. */
  boolean valid(long national) {
    String n = Long.toString(national);
    for (int k = 0; k < codes.size(); k++) {
      Region r = region(k);
      // As libphonenumber assigns a region, then validates for it: where a region has leading
      // digits they alone pick it; the others are tried by validity, in order.
      if (r.leadingDigits != null) {
        if (r.leadingDigits.matcher(n).lookingAt()) {
          return r.valid(n);
        }
      } else if (r.valid(n)) {
        return true;
      }
    }
    return false;
  }
}
