package io.datasieve.detectors.secrets;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.datasieve.InfoType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One secret-detection rule, as data: a re2j regex (an optional capture group is the secret), the
 * keywords that gate it, a minimum Shannon entropy of the secret, allow patterns and stop words
 * that veto a match, and how far around a keyword hit the regex looks. Immutable; build with
 * {@link #builder(String, InfoType)}.
 */
public final class SecretRule {
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
  final java.util.regex.Pattern afterKeyword;

  private SecretRule(Builder b) {
    this.anchorBefore = b.anchorBefore;
    this.startsAtKeyword = b.startsAtKeyword;
    this.afterKeyword = b.afterKeyword;
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
  static double entropy(CharSequence s) {
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

  /** Builds a {@link SecretRule}; setters validate at once and name the rule. */
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
    private java.util.regex.Pattern afterKeyword;

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
     * must accept every keyword occurrence that is part of a real match. Unlike rule regexes it is
     * a {@link java.util.regex.Pattern} (far cheaper per call on a few chars), so it is for
     * trusted, bounded patterns such as the built-in rules', never for imported ones.
     */
    public Builder afterKeyword(String re) {
      try {
        this.afterKeyword = java.util.regex.Pattern.compile(re);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("afterKeyword of rule '" + id + "' does not compile: " + e.getDescription(), e);
      }
      return this;
    }

    /** Builds the rule. */
    public SecretRule build() {
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
      return new SecretRule(this);
    }
  }
}
