package io.datasieve.detectors;

import io.datasieve.spi.KeywordSet;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;
import java.util.function.Predicate;

/**
 * Identifiers whose shape alone says nothing (nine digits, a letter and digits) and that are
 * reported only with context: a field name with one of the field words, or context words shortly
 * before the token. Used for US passport and driver's license numbers.
 */
final class ContextualIdDetector extends AnalyzingDetector {

  private final String id;
  private final InfoType infoType;
  private final PhraseSet nearby;
  private final FieldTrait fieldSays;
  private final KeywordSet gates;
  private final AnalysisNeeds needs;
  private final Predicate<String> shape;
  private final String shapeName;

  ContextualIdDetector(String id, InfoType infoType, PhraseSet nearby, FieldTrait fieldSays,
      Predicate<String> shape, String shapeName, List<String> gates) {
    this.gates = KeywordSet.of(id + " labels", gates);
    this.id = id;
    this.infoType = infoType;
    this.nearby = nearby;
    this.fieldSays = fieldSays;
    this.needs = AnalysisNeeds.builder().phrases(nearby).traits(fieldSays).keywords(this.gates).build();
    this.shape = shape;
    this.shapeName = shapeName;
  }

  /** US passport numbers: nine digits, or a letter and eight digits (next-generation books). */
  static ContextualIdDetector usPassport() {
    return new ContextualIdDetector("us-passport",
        new InfoType("US_PASSPORT", "PII", "PII/US Passport Number", Severity.HIGH),
        PhraseSet.of("passport labels", "passport", "passport no", "passport number", "passport #", "travel document"),
        FieldTrait.words("holds passport numbers", "passport"),
        t -> t.matches("[0-9]{9}|[A-Z][0-9]{8}"), "US passport shape", List.of("passport", "travel"));
  }

  /**
   * US driver's license numbers: formats differ by state (1-2 letters and 4-14 digits, or 5-14
   * digits, optionally with hyphens), so only the context decides.
   */
  static ContextualIdDetector usDriverLicense() {
    return new ContextualIdDetector("us-driver-license",
        new InfoType("US_DRIVER_LICENSE", "PII", "PII/US Driver's License Number", Severity.HIGH),
        PhraseSet.of("driver's license labels", "driver license", "driver s license", "drivers license", "driver licence", "driving licence",
            "dl", "dl no", "dl number", "license number", "licence number", "license no", "lic no"),
        FieldTrait.words("holds driver's license numbers", "driver license", "drivers license", "dl", "driver licence",
            "license number"),
        t -> t.replace("-", "").matches("[A-Z]{0,2}[0-9]{5,14}") && t.replace("-", "").length() >= 6,
        "state license shape", List.of("licen", "dl"));
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

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    boolean field = value.has(fieldSays);
    String s = value.text();
    if (!field && value.keywordHits(gates) == 0) {
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
          boolean words = value.near(nearby, i, end, ContextWindow.LABEL, 0);
          if (field || words) {
            sink.match(infoType, i, end, field ? 0.9 : 0.8, shapeName + (field ? "; field name" : "; context words"));
          }
        }
      }
      i = end;
    }
  }
}
