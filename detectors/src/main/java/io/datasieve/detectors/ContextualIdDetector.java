package io.datasieve.detectors;

import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import java.util.function.Predicate;

/**
 * Identifiers whose shape alone says nothing (nine digits, a letter and digits) and that are
 * reported only with context: a field name with one of the field words, or context words shortly
 * before the token. Used for US passport and driver's license numbers.
 */
final class ContextualIdDetector implements Detector {
  /** Chars before a token searched for its label. */
  static final int LABEL_WINDOW = 20;

  private final String id;
  private final InfoType infoType;
  private final ContextWords nearby;
  private final List<String[]> fieldPhrases;
  private final Predicate<String> shape;
  private final String shapeName;
  private final List<String> gates;

  ContextualIdDetector(String id, InfoType infoType, ContextWords nearby, List<String[]> fieldPhrases,
      Predicate<String> shape, String shapeName, List<String> gates) {
    this.gates = gates;
    this.id = id;
    this.infoType = infoType;
    this.nearby = nearby;
    this.fieldPhrases = fieldPhrases;
    this.shape = shape;
    this.shapeName = shapeName;
  }

  /** US passport numbers: nine digits, or a letter and eight digits (next-generation books). */
  static ContextualIdDetector usPassport() {
    return new ContextualIdDetector("us-passport",
        new InfoType("US_PASSPORT", "PII", "PII/US Passport Number", Severity.HIGH),
        new ContextWords("passport", "passport no", "passport number", "passport #", "travel document"),
        List.<String[]>of(new String[] {"passport"}),
        t -> t.matches("[0-9]{9}|[A-Z][0-9]{8}"), "US passport shape", List.of("passport", "travel"));
  }

  /**
   * US driver's license numbers: formats differ by state (1-2 letters and 4-14 digits, or 5-14
   * digits, optionally with hyphens), so only the context decides.
   */
  static ContextualIdDetector usDriverLicense() {
    return new ContextualIdDetector("us-driver-license",
        new InfoType("US_DRIVER_LICENSE", "PII", "PII/US Driver's License Number", Severity.HIGH),
        new ContextWords("driver license", "driver s license", "drivers license", "driver licence", "driving licence",
            "dl", "dl no", "dl number", "license number", "licence number", "license no", "lic no"),
        List.of(new String[] {"driver", "license"}, new String[] {"drivers", "license"}, new String[] {"dl"},
            new String[] {"driver", "licence"}, new String[] {"license", "number"}),
        t -> t.replace("-", "").matches("[A-Z]{0,2}[0-9]{5,14}") && t.replace("-", "").length() >= 6,
        "state license shape", List.of("licen", "dl"));
  }

  /** Case-insensitive search for lower-case ASCII words; a first-char test keeps it a tight loop. */
  private static boolean containsAnyIgnoreCase(String s, List<String> words) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        if (c == word.charAt(0) && i + word.length() <= n && s.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(infoType);
  }

  @Override
  public void detect(FieldValue value, MatchSink sink) {
    boolean field = false;
    for (String[] phrase : fieldPhrases) {
      field |= value.field().hasPhrase(phrase);
    }
    String s = value.text();
    if (!field && !containsAnyIgnoreCase(s, gates)) {
      return; // no label word anywhere: nothing can qualify, skip the token scan
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      boolean digit = false;
      while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-'
          && end + 1 < n && Character.isLetterOrDigit(s.charAt(end + 1)))) {
        digit |= Character.isDigit(s.charAt(end));
        end++;
      }
      if (digit && end - i >= 6 && end - i <= 20 && (i == 0 || s.charAt(i - 1) != '-')) {
        String token = s.substring(i, end);
        if (shape.test(token)) {
          // Labels sit right before the value ("Passport: X", "DL# X").
          boolean words = nearby.occursIn(s, i - LABEL_WINDOW, i);
          if (field || words) {
            sink.match(infoType, i, end, field ? 0.9 : 0.8, shapeName + (field ? "; field name" : "; context words"));
          }
        }
      }
      i = end;
    }
  }
}
