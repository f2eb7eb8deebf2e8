package io.datasieve.detectors.rules;

import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.KeywordSet;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.datasieve.InfoType;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link Rule}s: the one rule engine behind the secret rules, imported gitleaks rules and
 * custom deny-list detectors. Design for speed: the rules' keywords join the scanner's one keyword
 * automaton, which runs once over each value; only the rules whose keywords occur run,
 * and only on a window around each occurrence, or, for literal-first rules, anchored at the
 * occurrence itself, or, for literal rules, not at all (the occurrence is the match); entropy,
 * allow lists and validators are checked on matches only. Rules without keywords
 * run on every value (slow: avoid them). With the prefilter off (for tests) every rule runs on the
 * whole value (anchored rules at every position); the findings must be the same.
 */
public final class RuleDetector extends AnalyzingDetector {
  private final String id;
  private final List<Rule> rules;
  private final List<InfoType> infoTypes;
  /** Every rule keyword, once; found by the scanner's one keyword automaton. Null when no rule has one. */
  private final KeywordSet keywords;
  private final AnalysisNeeds needs;
  private final int[][] rulesByKeyword;
  private final int[] ungated;
  private final boolean prefilter;
  private final boolean fingerprintAll;
  private final int minLength;

  /** A detector for these secret rules, with the keyword prefilter; every match is fingerprinted. */
  public RuleDetector(String id, List<Rule> rules) {
    this(id, rules, true);
  }

  /** A detector for these secret rules; {@code prefilter=false} runs every rule on every value. */
  public RuleDetector(String id, List<Rule> rules, boolean prefilter) {
    this(id, rules, prefilter, true);
  }

  /**
   * A detector for these rules.
   *
   * @param prefilter false runs every rule on every value (for tests: the findings must be equal)
   * @param fingerprintAll whether every match carries a fingerprint (secret rules), or only matches
   *     of types of category {@code SECRET} (custom detectors)
   */
  public RuleDetector(String id, List<Rule> rules, boolean prefilter, boolean fingerprintAll) {
    this.fingerprintAll = fingerprintAll;
    this.id = id;
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
    Set<InfoType> types = new LinkedHashSet<>();
    Map<String, Integer> keywordIds = new HashMap<>();
    List<String> keywords = new ArrayList<>();
    Map<Integer, List<Integer>> byKeyword = new HashMap<>();
    List<Integer> noKeywords = new ArrayList<>();
    Map<String, Rule> seen = new HashMap<>();
    for (int r = 0; r < this.rules.size(); r++) {
      Rule rule = this.rules.get(r);
      if (seen.put(rule.id, rule) != null) {
        throw new IllegalArgumentException("duplicate secret rule id '" + rule.id + "'");
      }
      types.add(rule.infoType);
      if (rule.keywords.isEmpty()) {
        noKeywords.add(r);
      }
      for (String k : rule.keywords) {
        int kid = keywordIds.computeIfAbsent(k, x -> {
          keywords.add(x);
          return keywords.size() - 1;
        });
        byKeyword.computeIfAbsent(kid, x -> new ArrayList<>()).add(r);
      }
    }
    this.infoTypes = List.copyOf(types);
    this.keywords = keywords.isEmpty() ? null : KeywordSet.of("secret rules " + id, keywords);
    AnalysisNeeds.Builder needs = AnalysisNeeds.builder();
    if (this.keywords != null) {
      needs.keywords(this.keywords);
    }
    for (Rule rule : this.rules) {
      if (rule.context != null) {
        needs.phrases(rule.context);
      }
      if (rule.field != null) {
        needs.traits(rule.field);
      }
    }
    this.needs = needs.build();
    this.rulesByKeyword = new int[Math.max(1, keywords.size())][];
    for (int k = 0; k < rulesByKeyword.length; k++) {
      rulesByKeyword[k] = byKeyword.getOrDefault(k, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }
    this.ungated = noKeywords.stream().mapToInt(Integer::intValue).toArray();
    this.minLength = this.rules.stream().mapToInt(rule -> rule.minValueLength).min().orElse(1);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public AnalysisNeeds needs() {
    return needs;
  }

  @Override
  public boolean fingerprints(InfoType type) {
    // Secret rules find credentials, whatever category an imported rule gives them.
    return fingerprintAll || "SECRET".equals(type.category());
  }

  @Override
  public List<InfoType> infoTypes() {
    return infoTypes;
  }

  /** The rules, in their order. */
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    if (s.length() < minLength) {
      return;
    }
    if (!prefilter) {
      Reported reported = new Reported();
      String lower = s.toLowerCase(Locale.ROOT);
      // The same semantics without the index: anchored rules are tried at every position (a match
      // of theirs starts with a keyword, so the index finds the same positions), the others search
      // the whole value.
      for (int r = 0; r < rules.size(); r++) {
        Rule rule = rules.get(r);
        if (rule.literal) {
          for (String k : rule.keywords) {
            for (int at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
              literal(r, rule, value, at, at + k.length(), sink, reported);
            }
          }
        } else if (rule.gate) {
          if (rule.keywords.stream().anyMatch(lower::contains)) {
            run(r, rule, value, 0, s.length(), sink, reported);
          }
        } else if (rule.startsAtKeyword) {
          for (int at = 0; at < s.length(); at++) {
            anchored(r, rule, value, at, sink, reported);
          }
        } else if (rule.anchorBefore >= 0) {
          for (int at = 0; at < s.length(); at++) {
            if (wordStart(s, at)) {
              anchored(r, rule, value, at, sink, reported);
            }
          }
        } else {
          run(r, rule, value, 0, s.length(), sink, reported);
        }
      }
      return;
    }
    Reported reported = new Reported();
    for (int r : ungated) {
      run(r, rules.get(r), value, 0, s.length(), sink, reported);
    }
    // Most values hold no keyword: the shared automaton says so without allocating anything.
    int hitCount = keywords == null ? 0 : value.keywordHits(keywords);
    if (hitCount == 0) {
      return;
    }
    // Windows per rule, merged when they overlap, so each region is searched once per rule; made
    // only when a hit survives the cheap checks (most hits of short keywords are plain words).
    Map<Integer, List<int[]>> windows = null;
    Map<Integer, List<Integer>> anchors = null;
    int n = s.length();
    for (int hi = 0; hi < hitCount; hi++) {
      int keyword = value.keywordHit(keywords, hi);
      int hitEnd = value.keywordHitEnd(keywords, hi);
      int start = hitEnd - keywords.keywords().get(keyword).length();
      for (int r : rulesByKeyword[keyword]) {
        Rule rule = rules.get(r);
        if (rule.literal) {
          literal(r, rule, value, start, hitEnd, sink, reported);
          continue;
        }
        if (rule.afterKeyword != null) {
          int to = Math.min(n, hitEnd + 256);
          if (rule.relaxedAfterKeyword != null && !rule.relaxedAfterKeyword.mayMatchAt(s, hitEnd, to)
              || !rule.afterKeyword.matcher(new TextWindow(s, hitEnd, to)).lookingAt()) {
            continue;
          }
        }
        if (rule.startsAtKeyword) {
          if (mayMatchAt(rule, s, start)) {
            anchors = add(anchors, r, start);
          }
          continue;
        }
        if (rule.anchorBefore >= 0) {
          for (int at = Math.max(0, start - rule.anchorBefore); at <= start; at++) {
            if (wordStart(s, at) && mayMatchAt(rule, s, at)) {
              anchors = add(anchors, r, at);
            }
          }
          continue;
        }
        int from = rule.gate ? 0 : Math.max(0, start - rule.before);
        int to = rule.gate ? n : (int) Math.min(n, (long) hitEnd + rule.after);
        if (windows == null) {
          windows = new HashMap<>();
        }
        List<int[]> list = windows.computeIfAbsent(r, x -> new ArrayList<>(1));
        int[] last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && from <= last[1]) {
          last[1] = Math.max(last[1], to);
        } else {
          list.add(new int[] {from, to});
        }
      }
    }
    if (windows == null && anchors == null) {
      return;
    }
    List<Integer> order = new ArrayList<>();
    if (windows != null) {
      order.addAll(windows.keySet());
    }
    if (anchors != null) {
      order.addAll(anchors.keySet());
    }
    order = order.stream().distinct().sorted().toList();
    for (int r : order) {
      Rule rule = rules.get(r);
      for (int[] w : windows == null ? List.<int[]>of() : windows.getOrDefault(r, List.of())) {
        run(r, rule, value, w[0], w[1], sink, reported);
      }
      List<Integer> at = anchors == null ? List.of() : anchors.getOrDefault(r, List.of());
      for (int k = 0; k < at.size(); k++) {
        if (k == 0 || !at.subList(0, k).contains(at.get(k))) {
          anchored(r, rule, value, at.get(k), sink, reported);
        }
      }
    }
  }

  private static Map<Integer, List<Integer>> add(Map<Integer, List<Integer>> anchors, int rule, int at) {
    Map<Integer, List<Integer>> map = anchors != null ? anchors : new HashMap<>();
    map.computeIfAbsent(rule, x -> new ArrayList<>(1)).add(at);
    return map;
  }

  /** False when the rule's regex cannot match starting at {@code at} (its loosened copy says so). */
  private static boolean mayMatchAt(Rule rule, String s, int at) {
    return rule.relaxedRegex == null || rule.relaxedRegex.mayMatchAt(s, at, Math.min(s.length(), at + rule.after));
  }

  private static boolean wordStart(String s, int at) {
    return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
  }

  /** An anchored rule: the match, if any, starts exactly at {@code at}. */
  private void anchored(int r, Rule rule, ValueAnalysis value, int at, MatchSink sink, Reported reported) {
    String s = value.text();
    if (!mayMatchAt(rule, s, at)) {
      return;
    }
    Matcher m = rule.regex.matcher(new TextWindow(s, at, Math.min(s.length(), at + rule.after)));
    if (m.lookingAt()) {
      report(r, rule, value, at, m, sink, reported);
    }
  }

  /** A literal rule: the keyword occurrence {@code [start, end)} is the match if it stands alone. */
  private static void literal(int r, Rule rule, ValueAnalysis value, int start, int end, MatchSink sink, Reported reported) {
    String s = value.text();
    if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))
        || end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      return;
    }
    accept(r, rule, value, start, end, Double.NaN, sink, reported);
  }

  /** Matches already reported for this value: overlapping windows must not report twice. */
  private static final class Reported {
    private Set<Long> keys;

    boolean add(int rule, int start, int end) {
      if (keys == null) {
        keys = new java.util.HashSet<>();
      }
      return keys.add(((long) rule * 31 + start) * 1_000_003L + end);
    }
  }

  private void run(int r, Rule rule, ValueAnalysis value, int from, int to, MatchSink sink, Reported reported) {
    if (rule.relaxedRegex != null && !rule.relaxedRegex.mayFind(value.text(), from, to)) {
      return;
    }
    Matcher m = rule.regex.matcher(new TextWindow(value.text(), from, to));
    while (m.find()) {
      report(r, rule, value, from, m, sink, reported);
    }
  }

  /** Checks a regex match ({@code m} over text starting at {@code offset}) and reports its secret. */
  private static void report(int r, Rule rule, ValueAnalysis value, int offset, Matcher m, MatchSink sink,
      Reported reported) {
    String s = value.text();
    int group = rule.secretGroup;
    if (m.start(group) < 0) {
      if (!rule.groupFallback) {
        return;
      }
      group = 0;
    }
    int start = offset + m.start(group);
    int end = offset + m.end(group);
    if (end <= start) {
      return;
    }
    int matchStart = offset + m.start();
    if (rule.boundary && matchStart > 0 && Character.isLetterOrDigit(s.charAt(matchStart - 1))) {
      return;
    }
    int matchEnd = offset + m.end();
    if (rule.endBoundary && matchEnd < s.length() && Character.isLetterOrDigit(s.charAt(matchEnd))) {
      return;
    }
    String secret = s.substring(start, end);
    if (vetoed(rule, secret)) {
      return;
    }
    double h = rule.minEntropy > 0 ? Rule.entropy(secret) : 0;
    if (h < rule.minEntropy) {
      return;
    }
    accept(r, rule, value, start, end, rule.minEntropy > 0 ? h : Double.NaN, sink, reported);
  }

  /** Validates a match, weighs its context and reports it once. */
  private static void accept(int r, Rule rule, ValueAnalysis value, int start, int end, double entropy, MatchSink sink,
      Reported reported) {
    if (rule.validator != Validator.NONE && !rule.validator.valid(value.text().substring(start, end))) {
      return;
    }
    if (!reported.add(r, start, end)) {
      return;
    }
    double confidence = rule.confidence;
    String why = rule.explanation;
    if (rule.field != null && value.has(rule.field) && rule.fieldConfidence > confidence) {
      confidence = rule.fieldConfidence;
      why += "; field name";
    } else if (rule.context != null && rule.contextConfidence > confidence
        && value.near(rule.context, start, end, CONTEXT_BEFORE, CONTEXT_AFTER)) {
      confidence = rule.contextConfidence;
      why += "; context";
    }
    if (!Double.isNaN(entropy)) {
      why += String.format(Locale.ROOT, "; entropy %.1f", entropy);
    }
    sink.match(rule.infoType, start, end, confidence, why);
  }

  /** Tokens before and after a match searched for a rule's context phrases. */
  static final int CONTEXT_BEFORE = 8;
  static final int CONTEXT_AFTER = 4;

  private static boolean vetoed(Rule rule, String secret) {
    String lower = secret.toLowerCase(Locale.ROOT);
    for (String w : rule.stopwords) {
      if (lower.contains(w)) {
        return true;
      }
    }
    for (Pattern p : rule.allow) {
      if (p.matcher(secret).find()) {
        return true;
      }
    }
    return rule.placeholders && Placeholders.isPlaceholder(secret);
  }
}
