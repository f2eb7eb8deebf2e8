package io.datasieve.detectors;

import static io.datasieve.detectors.Words.isDigit;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.util.List;

/**
 * Identifiers whose shape alone says nothing (nine digits, a letter and digits) and that are
 * reported only with context: a field name with one of the field words, or context words shortly
 * before the token. Used for US passport and driver's license numbers.
 *
 * <p>Cheapest decision first: every candidate holds a digit, so a value without one (most prose,
 * names, statuses) is done after one test of the shared analysis's {@link ValueAnalysis#valueFlags},
 * and outside a field of these identifiers a value without a label word (found by the analysis's
 * one keyword pass, {@link ValueAnalysis#mayContain}) after a second.
 * Then candidates are read off the analysis's tokens (runs of letters and digits, joined here by
 * single hyphens) by their flags and lengths, without touching their chars; only a run that holds
 * a digit and has the length of an identifier has its shape checked, by a char loop rather than a
 * regex, and only a candidate of the right shape asks for the label words, first through the cheap
 * {@link PhraseInitialsGate} and then from the shared phrase hits. Prose with digits (amounts,
 * phones, dates) costs a walk over its token flags.
 */
final class ContextualIdDetector extends AnalyzingDetector {

  private final String id;
  private final InfoType infoType;
  private final PhraseSet nearby;
  private final PhraseInitialsGate nearbyGate;
  private final FieldTrait fieldSays;
  private final AnalysisNeeds needs;
  private final Shape shape;
  private final String byField;
  private final String byWords;

  private final double byFieldConfidence;
  private final double byWordsConfidence;

  ContextualIdDetector(String id, InfoType infoType, PhraseSet nearby, FieldTrait fieldSays,
      Shape shape, String shapeName) {
    this(id, infoType, nearby, fieldSays, shape, shapeName, 0.9, 0.8);
  }

  /** With the confidences of a match by field name and by context words. */
  ContextualIdDetector(String id, InfoType infoType, PhraseSet nearby, FieldTrait fieldSays,
      Shape shape, String shapeName, double byFieldConfidence, double byWordsConfidence) {
    this.byFieldConfidence = byFieldConfidence;
    this.byWordsConfidence = byWordsConfidence;
    this.id = id;
    this.infoType = infoType;
    this.nearby = nearby;
    this.nearbyGate = new PhraseInitialsGate(nearby);
    this.fieldSays = fieldSays;
    this.needs = AnalysisNeeds.builder().screened(nearby).traits(fieldSays).onlyWhenAnyToken(ValueAnalysis.HAS_DIGIT).build();
    this.shape = shape;
    this.byField = shapeName + "; field name";
    this.byWords = shapeName + "; context words";
  }

  /** US passport numbers: nine digits, or a letter and eight digits (next-generation books). */
  static ContextualIdDetector usPassport() {
    return new ContextualIdDetector("us-passport",
        new InfoType("US_PASSPORT", "PII", "PII/US Passport Number", Severity.HIGH),
        PiiWords.phrases("us-passport", "context", "passport labels"),
        PiiWords.fieldWords("us-passport", "fieldWords", "holds passport numbers"),
        ContextualIdDetector::passportShape, "US passport shape");
  }

  /**
   * US driver's license numbers: formats differ by state (1-2 letters and 4-14 digits, or 5-14
   * digits, optionally with hyphens), so only the context decides.
   */
  static ContextualIdDetector usDriverLicense() {
    return new ContextualIdDetector("us-driver-license",
        new InfoType("US_DRIVER_LICENSE", "PII", "PII/US Driver's License Number", Severity.HIGH),
        PiiWords.phrases("us-driver-license", "context", "driver's license labels"),
        PiiWords.fieldWords("us-driver-license", "fieldWords", "holds driver's license numbers"),
        ContextualIdDetector::licenseShape, "state license shape");
  }

  /** Whether the token {@code s[start, end)} has the shape of an identifier. */
  @FunctionalInterface
  interface Shape {
    boolean matches(String s, int start, int end);
  }

  /** {@code [0-9]{9}|[A-Z][0-9]{8}}. */
  static boolean passportShape(String s, int start, int end) {
    if (end - start != 9) {
      return false;
    }
    char first = s.charAt(start);
    if (!(first >= 'A' && first <= 'Z' || isDigit(first))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Without its hyphens: {@code [A-Za-z]{0,3}[0-9]{5,14}[A-Za-z]{0,2}}, at least 6 chars. States
   * put letters before the digits ({@code D1234567}, {@code S123-456-78-901-0}) and some after them
   * ({@code 123456789T}); people type them in lower case. Reported only with a label or a field.
   */
  static boolean licenseShape(String s, int start, int end) {
    int before = 0;
    int digits = 0;
    int after = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        continue;
      }
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (isDigit(c) && after == 0) {
        digits++;
      } else if (letter && digits == 0 && before < 3) {
        before++;
      } else if (letter && digits > 0 && after < 2) {
        after++;
      } else {
        return false;
      }
    }
    return digits >= 5 && digits <= 14 && before + digits + after >= 6;
  }



  @Override
  public AnalysisNeeds needs() {
    return needs;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(infoType);
  }

  /** Whether the field's name says it holds these identifiers. */
  boolean fieldSays(ValueAnalysis value) {
    return value.has(fieldSays);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    if ((value.valueFlags() & ValueAnalysis.HAS_DIGIT) == 0) {
      return; // a candidate holds a digit (Character.isDigit, as the tokens' HAS_DIGIT), and no token has one
    }
    boolean field = fieldSays(value);
    if (!field && !value.mayContain(nearby)) {
      return; // every match needs the field or a label, and no label word is in the value
    }
    String s = value.text();
    int count = value.digitBearingTokenCount();
    int n = value.tokenCount();
    int next = 0; // tokens before it belong to candidates already seen
    for (int k = 0; k < count; k++) {
      int t = value.digitBearingToken(k);
      if (t < next) {
        continue;
      }
      // A candidate is a run of the analysis's tokens joined by single hyphens ("S123-456-78"),
      // here the run around a token that holds a digit.
      int first = t;
      int start = value.tokenStart(t);
      while (first > 0 && start > 1 && s.charAt(start - 1) == '-' && value.tokenEnd(first - 1) == start - 1) {
        first--;
        start = value.tokenStart(first);
      }
      int end = value.tokenEnd(t);
      next = t + 1;
      while (next < n && end < s.length() && s.charAt(end) == '-' && value.tokenStart(next) == end + 1) {
        end = value.tokenEnd(next);
        next++;
      }
      candidate(value, field, start, end, sink);
    }
  }

  /**
   * Reports the run of tokens {@code [start, end)} (tokens joined by single hyphens, one of them
   * holding a digit) if it has the identifier's length and shape and its label or field.
   * Package-private: tests walk every token with it, the walk {@link #detect} spares.
   */
  void candidate(ValueAnalysis value, boolean field, int start, int end, MatchSink sink) {
    String s = value.text();
    if (end - start < 6 || end - start > 20 || start > 0 && s.charAt(start - 1) == '-' || !shape.matches(s, start, end)) {
      return;
    }
    // Labels sit right before the value ("Passport: X", "DL# X").
    // With the field trait the words change nothing (neither confidence nor explanation).
    if (field || nearbyGate.mayBeNear(s, start, end, ContextWindow.LABEL, 0)
        && value.near(nearby, start, end, ContextWindow.LABEL, 0)) {
      sink.match(infoType, start, end, field ? byFieldConfidence : byWordsConfidence, field ? byField : byWords);
    }
  }
}
