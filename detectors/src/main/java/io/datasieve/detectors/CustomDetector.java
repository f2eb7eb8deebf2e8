package io.datasieve.detectors;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * A user-defined detector: a re2j pattern and/or a list of terms, gated by keywords, checked by an
 * optional validator, reported as the user's info type. Keywords make it cheap: when there are
 * some, nothing runs on a value that contains none of them (case-insensitive). Terms match as whole
 * words, case-insensitive ("Project Falcon"). re2j runs in linear time, so no pattern can stall a
 * scan. Build with {@link #builder(String, InfoType)}.
 */
public final class CustomDetector implements Detector {
  /** Checks a candidate's text. */
  public enum Validator {
    /** No check. */
    NONE,
    /** The digits pass the Luhn checksum. */
    LUHN,
    /** A valid IBAN (country format and mod-97). */
    IBAN
  }

  private final String id;
  private final InfoType infoType;
  private final Pattern pattern;
  private final List<String> terms;
  private final List<String> keywords;
  private final Validator validator;
  private final double confidence;

  private CustomDetector(Builder b) {
    this.id = b.id;
    this.infoType = b.infoType;
    this.pattern = b.pattern;
    this.terms = List.copyOf(b.terms);
    this.keywords = List.copyOf(b.keywords);
    this.validator = b.validator;
    this.confidence = b.confidence;
  }

  /** A builder for a detector with this id (lower case, dashes) reporting this info type. */
  public static Builder builder(String id, InfoType infoType) {
    return new Builder(id, infoType);
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
    String s = value.text();
    if (!keywords.isEmpty()) {
      String lower = s.toLowerCase(Locale.ROOT);
      boolean any = false;
      for (String k : keywords) {
        any |= lower.contains(k);
      }
      if (!any) {
        return;
      }
    }
    if (pattern != null) {
      Matcher m = pattern.matcher(s);
      while (m.find()) {
        int start = m.groupCount() >= 1 && m.start(1) >= 0 ? m.start(1) : m.start();
        int end = m.groupCount() >= 1 && m.start(1) >= 0 ? m.end(1) : m.end();
        if (end > start && valid(s.substring(start, end))) {
          sink.match(infoType, start, end, confidence, "custom pattern" + (validator == Validator.NONE ? "" : "; " + validator + " valid"));
        }
      }
    }
    for (String term : terms) {
      int from = 0;
      int at;
      while ((at = indexOfIgnoreCase(s, term, from)) >= 0) {
        int end = at + term.length();
        if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
          sink.match(infoType, at, end, confidence, "custom term");
        }
        from = end;
      }
    }
  }

  private boolean valid(String text) {
    switch (validator) {
      case LUHN:
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() >= 2 && CreditCardDetector.luhn(digits);
      case IBAN:
        return IBANValidator.getInstance().isValid(text.replace(" ", ""));
      default:
        return true;
    }
  }

  private static int indexOfIgnoreCase(String s, String term, int from) {
    for (int i = from; i + term.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, term, 0, term.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Builds a {@link CustomDetector}; setters validate at once and name the bad value. */
  public static final class Builder {
    private final String id;
    private final InfoType infoType;
    private Pattern pattern;
    private final List<String> terms = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private Validator validator = Validator.NONE;
    private double confidence = 0.8;

    private Builder(String id, InfoType infoType) {
      if (id == null || !id.matches("[a-z][a-z0-9-]{0,63}")) {
        throw new IllegalArgumentException("custom detector id must be lower case letters, digits and dashes, got '" + id + "'");
      }
      this.id = id;
      this.infoType = Objects.requireNonNull(infoType, "infoType");
    }

    /**
     * A re2j pattern; if it has a capture group, group 1 is the match.
     *
     * @throws IllegalArgumentException naming the pattern when it does not compile
     */
    public Builder pattern(String regex) {
      try {
        this.pattern = Pattern.compile(Objects.requireNonNull(regex, "pattern"));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("pattern of custom detector '" + id + "' does not compile: " + e.getDescription()
            + " in '" + regex + "'", e);
      }
      return this;
    }

    /** A term to report wherever it occurs as whole words, ignoring case (a deny list). */
    public Builder term(String term) {
      if (term == null || term.isBlank()) {
        throw new IllegalArgumentException("custom detector '" + id + "' has a blank term");
      }
      terms.add(term);
      return this;
    }

    /** A keyword that must occur in a value (ignoring case) for the detector to look at it. */
    public Builder keyword(String keyword) {
      if (keyword == null || keyword.isBlank()) {
        throw new IllegalArgumentException("custom detector '" + id + "' has a blank keyword");
      }
      keywords.add(keyword.toLowerCase(Locale.ROOT));
      return this;
    }

    /** A check on each pattern match. Default {@link Validator#NONE}. */
    public Builder validator(Validator v) {
      this.validator = Objects.requireNonNull(v, "validator");
      return this;
    }

    /** Confidence of every match, 0..1. Default 0.8. */
    public Builder confidence(double c) {
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("confidence of custom detector '" + id + "' must be within 0..1, got " + c);
      }
      this.confidence = c;
      return this;
    }

    /**
     * Builds the detector.
     *
     * @throws IllegalStateException if it has neither a pattern nor terms
     */
    public CustomDetector build() {
      if (pattern == null && terms.isEmpty()) {
        throw new IllegalStateException("custom detector '" + id + "' needs a pattern or terms");
      }
      return new CustomDetector(this);
    }
  }

  /** Parses a severity name for configuration files. */
  static Severity severity(String name) {
    try {
      return Severity.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + name + "' (LOW, MEDIUM, HIGH, CRITICAL)", e);
    }
  }
}
