package io.datasieve.detectors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the world's countries and territories in English, from the JDK's locale data
 * ({@link Locale#getISOCountries()}): "Costa Rica", "North Korea". (Their names in their own
 * languages cost a quarter of a second to read from the JDK; the name model's place dictionary
 * holds many of them.) Names of people rarely are the name of a country, and the ones that are
 * ("Jordan", "Israel") are told apart by their context.
 */
final class Countries {
  private static final class Holder {
    static final FoldedWords NAMES = load();
  }

  private Countries() {}

  static boolean contains(CharSequence s, int from, int to) {
    return Holder.NAMES.contains(s, from, to);
  }

  private static FoldedWords load() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    Set<String> out = new HashSet<>();
    for (String n : names) {
      // "Congo (DRC)", "Korea, North": the part before a comma or bracket; "St." written both ways.
      String plain = n.replaceAll("\\s*[(,].*", "").strip();
      if (plain.length() > 2) { // a country without a name comes back as its code
        out.add(plain);
        out.add(plain.replace("St. ", "Saint "));
      }
    }
    return new FoldedWords(out);
  }
}
