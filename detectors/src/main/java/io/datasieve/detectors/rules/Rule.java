package io.datasieve.detectors.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.datasieve.InfoType;
import io.datasieve.spi.FieldTrait;
import io.datasieve.spi.PhraseSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One detection rule, as data: the one rule model behind the secret rules ({@code
 * secrets/rules.json}), imported gitleaks rules and custom deny-list detectors from configuration.
 * A rule has keywords (found by the scanner's one keyword automaton) and either a re2j regex (an
 * optional capture group is the reported value) or, for a literal rule, no regex at all: the
 * keyword occurrence itself, standing alone, is the match. Around that: a minimum Shannon entropy,
 * allow patterns, stop words and placeholders that veto a match, a named {@link Validator}, and
 * confidences that context phrases near the match or the field's name raise. Immutable; build with
 * {@link #builder(String, InfoType)}; run by {@link RuleDetector}.
 */
public final class Rule {
  final String id;
  final InfoType infoType;
  final Pattern regex;
  final int secretGroup;
  final List<String> keywords;
  final double minEntropy;
  final List<Pattern> allow;
  final List<String> stopwords;
  final double confidence;
  final int before;
  final int after;
  final boolean boundary;
  final boolean startsAtKeyword;
  final int anchorBefore;
  final Pattern afterKeyword;
  /** Loosened copies of {@link #regex} and {@link #afterKeyword} that rule most hits out cheaply; null: none. */
  final RelaxedPattern relaxedRegex;
  final RelaxedPattern relaxedAfterKeyword;
  final boolean literal;
  final boolean gate;
  final boolean endBoundary;
  final boolean placeholders;
  final boolean groupFallback;
  final Validator validator;
  final String explanation;
  final PhraseSet context;
  final double contextConfidence;
  final FieldTrait field;
  final double fieldConfidence;
  final int minValueLength;

  private Rule(Builder b) {
    this.anchorBefore = b.anchorBefore;
    this.startsAtKeyword = b.startsAtKeyword;
    this.afterKeyword = b.afterKeyword;
    this.literal = b.literal;
    this.gate = b.gate;
    this.endBoundary = b.endBoundary;
    this.placeholders = b.placeholders;
    this.groupFallback = b.groupFallback;
    this.validator = b.validator;
    this.explanation = b.explanation != null ? b.explanation : "rule " + b.id;
    this.context = b.context;
    this.contextConfidence = b.contextConfidence;
    this.field = b.field;
    this.fieldConfidence = b.fieldConfidence;
    this.minValueLength = b.minValueLength;
    this.id = b.id;
    this.infoType = b.infoType;
    this.regex = b.regex;
    this.secretGroup = b.secretGroup;
    this.keywords = List.copyOf(b.keywords);
    this.minEntropy = b.minEntropy;
    this.allow = List.copyOf(b.allow);
    this.stopwords = List.copyOf(b.stopwords);
    this.confidence = b.confidence;
    this.before = b.before;
    this.after = b.after;
    this.boundary = b.boundary;
    this.relaxedRegex = regex == null ? null : RelaxedPattern.compile(regex.pattern());
    this.relaxedAfterKeyword = afterKeyword == null ? null : RelaxedPattern.compile(afterKeyword.pattern());
  }

  /** The rule's id, such as {@code github-pat}. */
  public String id() {
    return id;
  }

  /** The info type it reports. */
  public InfoType infoType() {
    return infoType;
  }

  /** Lower-case keywords; the rule runs only near one of them (all values when empty). */
  public List<String> keywords() {
    return keywords;
  }

  /** A builder for a rule with this id reporting this info type. */
  public static Builder builder(String id, InfoType infoType) {
    return new Builder(id, infoType);
  }

  /** Shannon entropy of the chars of {@code s}, in bits per char. */
  public static double entropy(CharSequence s) {
    int[] counts = new int[128];
    java.util.Map<Character, Integer> other = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        if (other == null) {
          other = new java.util.HashMap<>();
        }
        other.merge(c, 1, Integer::sum);
      }
    }
    double h = 0;
    double n = s.length();
    for (int c : counts) {
      if (c > 0) {
        h -= c / n * (Math.log(c / n) / Math.log(2));
      }
    }
    if (other != null) {
      for (int c : other.values()) {
        h -= c / n * (Math.log(c / n) / Math.log(2));
      }
    }
    return h;
  }

  /** Builds a {@link Rule}; setters validate at once and name the rule. */
  public static final class Builder {
    private final String id;
    private final InfoType infoType;
    private Pattern regex;
    private int secretGroup = -1;
    private final List<String> keywords = new ArrayList<>();
    private double minEntropy;
    private final List<Pattern> allow = new ArrayList<>();
    private final List<String> stopwords = new ArrayList<>();
    private double confidence = 0.9;
    private int before = 64;
    private int after = 512;
    private boolean boundary = true;
    private boolean startsAtKeyword;
    private int anchorBefore = -1;
    private Pattern afterKeyword;
    private boolean literal;
    private boolean gate;
    private boolean endBoundary;
    private boolean placeholders = true;
    private boolean groupFallback;
    private Validator validator = Validator.NONE;
    private String explanation;
    private PhraseSet context;
    private double contextConfidence;
    private FieldTrait field;
    private double fieldConfidence;
    private int minValueLength = 8;

    private Builder(String id, InfoType infoType) {
      if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,80}")) {
        throw new IllegalArgumentException("rule id must be lower case letters, digits, '.', '_' or '-', got '" + id + "'");
      }
      this.id = id;
      this.infoType = Objects.requireNonNull(infoType, "infoType");
    }

    /** The re2j regex (RE2 syntax, as gitleaks uses). */
    public Builder regex(String re) {
      try {
        this.regex = Pattern.compile(Objects.requireNonNull(re, "regex of rule " + id));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("regex of rule '" + id + "' does not compile: " + e.getDescription(), e);
      }
      return this;
    }

    /** Which capture group is the secret; default: group 1 if the regex has one, else the whole match. */
    public Builder secretGroup(int group) {
      if (group < 0) {
        throw new IllegalArgumentException("secretGroup of rule '" + id + "' must be >= 0, got " + group);
      }
      this.secretGroup = group;
      return this;
    }

    /** A keyword (ASCII, any case) near which the rule runs. */
    public Builder keyword(String k) {
      if (k == null || k.isBlank() || !k.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("keywords of rule '" + id + "' must be non-blank ASCII, got '" + k + "'");
      }
      keywords.add(k.toLowerCase(Locale.ROOT));
      return this;
    }

    /** Minimum Shannon entropy of the secret in bits per char (0: none). */
    public Builder minEntropy(double bits) {
      if (!(bits >= 0 && bits <= 8)) {
        throw new IllegalArgumentException("entropy of rule '" + id + "' must be within 0..8, got " + bits);
      }
      this.minEntropy = bits;
      return this;
    }

    /** A re2j pattern; a secret it finds anywhere in is not reported. */
    public Builder allow(String re) {
      try {
        allow.add(Pattern.compile(re));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("allow pattern of rule '" + id + "' does not compile: " + e.getDescription(), e);
      }
      return this;
    }

    /** A word; a secret containing it (any case) is not reported. */
    public Builder stopword(String w) {
      stopwords.add(w.toLowerCase(Locale.ROOT));
      return this;
    }

    /** Confidence of a match, 0..1. Default 0.9. */
    public Builder confidence(double c) {
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("confidence of rule '" + id + "' must be within 0..1, got " + c);
      }
      this.confidence = c;
      return this;
    }

    /** Chars searched before and after a keyword hit (defaults 64 and 512). */
    public Builder window(int charsBefore, int charsAfter) {
      if (charsBefore < 0 || charsAfter < 1) {
        throw new IllegalArgumentException("window of rule '" + id + "' must be >= 0 and >= 1");
      }
      this.before = charsBefore;
      this.after = charsAfter;
      return this;
    }

    /** Whether a match must not follow a letter or digit (default true: tokens stand alone). */
    public Builder boundary(boolean b) {
      this.boundary = b;
      return this;
    }

    /**
     * Every match starts with one of the keywords (literal-first rules such as {@code ghp_...}):
     * the regex is then anchored at each keyword occurrence instead of searching a window.
     */
    public Builder startsAtKeyword(boolean b) {
      this.startsAtKeyword = b;
      return this;
    }

    /**
     * Every match starts at a word start (after a char that is not a letter or digit) at most
     * {@code chars} before a keyword occurrence it contains ({@code client_secret = ...} with
     * keyword {@code secret}): the regex is anchored at those few positions.
     */
    public Builder anchorBefore(int chars) {
      if (chars < 0) {
        throw new IllegalArgumentException("anchorBefore of rule '" + id + "' must be >= 0, got " + chars);
      }
      this.anchorBefore = chars;
      return this;
    }

    /**
     * A short pattern that must match right after a keyword occurrence for the rule to look there
     * (such as an assignment operator): a cheap anchored test that spares most keyword hits. It
     * must accept every keyword occurrence that is part of a real match. A re2j pattern, matched
     * anchored on at most 256 chars after the keyword.
     */
    public Builder afterKeyword(String re) {
      try {
        this.afterKeyword = Pattern.compile(re);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("afterKeyword of rule '" + id + "' does not compile: " + e.getDescription(), e);
      }
      return this;
    }

    /**
     * A literal rule: no regex; each keyword occurrence that stands alone (no letter or digit on
     * either side) is the match. Deny-list terms are literal rules.
     */
    public Builder literal(boolean b) {
      this.literal = b;
      return this;
    }

    /**
     * The keywords gate the whole value: where one occurs anywhere, the regex searches all of it
     * (custom detectors), instead of a window around each occurrence.
     */
    public Builder gate(boolean b) {
      this.gate = b;
      return this;
    }

    /** Whether a match must not be followed by a letter or digit (default false). */
    public Builder endBoundary(boolean b) {
      this.endBoundary = b;
      return this;
    }

    /** Whether placeholders and documented examples veto a match (default true, for secrets). */
    public Builder vetoPlaceholders(boolean b) {
      this.placeholders = b;
      return this;
    }

    /** When the secret group did not take part in a match, report the whole match instead. */
    public Builder groupFallback(boolean b) {
      this.groupFallback = b;
      return this;
    }

    /** A named check of each match (default {@link Validator#NONE}). */
    public Builder validator(Validator v) {
      this.validator = Objects.requireNonNull(v, "validator of rule " + id);
      return this;
    }

    /** The explanation reported with each match (default {@code "rule <id>"}); never the value. */
    public Builder explanation(String why) {
      this.explanation = Objects.requireNonNull(why, "explanation of rule " + id);
      return this;
    }

    /**
     * Context phrases that raise a match's confidence to {@code confidence} when they end within
     * a sentence's worth of tokens before it, or start a few tokens after it.
     */
    public Builder context(double confidence, String... phrases) {
      checkConfidence(confidence, "context confidence");
      this.context = PhraseSet.of("context of rule " + id, phrases);
      this.contextConfidence = confidence;
      return this;
    }

    /** Field-name phrases ({@code "account number"}) that raise a match's confidence to {@code confidence}. */
    public Builder fieldWords(double confidence, String... phrases) {
      checkConfidence(confidence, "field confidence");
      this.field = FieldTrait.words("field words of rule " + id, phrases);
      this.fieldConfidence = confidence;
      return this;
    }

    private void checkConfidence(double c, String what) {
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException(what + " of rule '" + id + "' must be within 0..1, got " + c);
      }
    }

    /** Values shorter than this are not looked at (default 8: no credential is shorter). */
    public Builder minValueLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("minValueLength of rule '" + id + "' must be >= 1, got " + chars);
      }
      this.minValueLength = chars;
      return this;
    }

    /** Builds the rule. */
    public Rule build() {
      if (literal) {
        if (regex != null || keywords.isEmpty()) {
          throw new IllegalStateException("literal rule '" + id + "' needs keywords and no regex");
        }
        return new Rule(this);
      }
      if (regex == null) {
        throw new IllegalStateException("rule '" + id + "' has no regex");
      }
      if (secretGroup < 0) {
        secretGroup = regex.groupCount() >= 1 ? 1 : 0;
      }
      if (secretGroup > regex.groupCount()) {
        throw new IllegalStateException("rule '" + id + "' uses group " + secretGroup + " but its regex has "
            + regex.groupCount());
      }
      return new Rule(this);
    }
  }
}
