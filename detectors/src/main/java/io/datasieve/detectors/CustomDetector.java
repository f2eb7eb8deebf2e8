package io.datasieve.detectors;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.detectors.rules.Rule;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.MatchSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-defined detector: a re2j pattern and/or a list of terms, gated by keywords, checked by an
 * optional validator, reported as the user's info type. It compiles to {@link Rule}s run by the one
 * rule engine ({@link RuleDetector}), whose keywords join the scanner's one keyword automaton:
 * when there are keywords, nothing runs on a value that contains none of them (ignoring ASCII
 * case). Terms match as whole words, ignoring case ("Project Falcon"), as literal rules: no regex
 * runs for them. re2j runs in linear time, so no pattern can stall a scan. Build with {@link
 * #builder(String, InfoType)}.
 */
public final class CustomDetector extends AnalyzingDetector {
  /** Checks a candidate's text. */
  public enum Validator {
    /** No check. */
    NONE(io.datasieve.detectors.rules.Validator.NONE),
    /** The digits pass the Luhn checksum. */
    LUHN(io.datasieve.detectors.rules.Validator.LUHN),
    /** A valid IBAN (country format and mod-97). */
    IBAN(io.datasieve.detectors.rules.Validator.IBAN);

    private final io.datasieve.detectors.rules.Validator check;

    Validator(io.datasieve.detectors.rules.Validator check) {
      this.check = check;
    }
  }

  private final String id;
  private final InfoType infoType;
  private final RuleDetector engine;

  private CustomDetector(Builder b) {
    this.id = b.id;
    this.infoType = b.infoType;
    List<Rule> rules = new ArrayList<>();
    if (b.pattern != null) {
      Rule.Builder r = Rule.builder(b.id + ".pattern", b.infoType)
          .regex(b.pattern.pattern())
          .gate(true)
          .boundary(false)
          .vetoPlaceholders(false)
          .groupFallback(true)
          .validator(b.validator.check)
          .confidence(b.confidence)
          .minValueLength(1)
          .explanation("custom pattern" + (b.validator == Validator.NONE ? "" : "; " + b.validator + " valid"));
      b.keywords.forEach(r::keyword);
      rules.add(r.build());
    }
    int t = 0;
    for (String term : b.terms) {
      Rule.Builder r = Rule.builder(b.id + ".term" + t++, b.infoType)
          .vetoPlaceholders(false)
          .confidence(b.confidence)
          .minValueLength(1)
          .explanation("custom term");
      if (b.keywords.isEmpty() && term.chars().allMatch(c -> c < 128)) {
        r.literal(true).keyword(term); // the automaton finds the term itself: no regex runs
      } else {
        // Gated by other keywords, or with letters the ASCII automaton cannot read: re2j finds it.
        r.regex("(?i)" + Pattern.quote(term)).gate(true).boundary(true).endBoundary(true);
        b.keywords.forEach(r::keyword);
      }
      rules.add(r.build());
    }
    this.engine = new RuleDetector(b.id, rules, true, false);
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
  public AnalysisNeeds needs() {
    return engine.needs();
  }

  @Override
  public boolean fingerprints(InfoType type) {
    return engine.fingerprints(type);
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    engine.detect(value, sink);
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

    /**
     * A keyword that must occur in a value (ignoring ASCII case) for the detector to look at it.
     *
     * @throws IllegalArgumentException for a blank keyword or one with chars outside ASCII (the
     *     scanner's keyword automaton reads ASCII; use a pattern for other scripts)
     */
    public Builder keyword(String keyword) {
      if (keyword == null || keyword.isBlank()) {
        throw new IllegalArgumentException("custom detector '" + id + "' has a blank keyword");
      }
      if (!keyword.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("keyword '" + keyword + "' of custom detector '" + id
            + "' is not ASCII; keywords are matched by an ASCII automaton (use the pattern for other scripts)");
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
