package io.datasieve.detectors.secrets;

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
 * Secrets (credentials, tokens, private keys) by rules. Design for speed: one keyword automaton
 * over every rule's keywords runs once over each value; only the rules whose keywords occur run,
 * and only on a window around each occurrence, or, for literal-first rules, anchored at the
 * occurrence itself; entropy and allow lists are checked on matches only. Rules without keywords
 * run on every value (slow: avoid them). With the prefilter off (for tests) every rule runs on the
 * whole value (anchored rules at every position); the findings must be the same.
 */
public final class SecretsDetector extends AnalyzingDetector {
  private final String id;
  private final List<SecretRule> rules;
  private final List<InfoType> infoTypes;
  /** Every rule keyword, once; found by the scanner's one keyword automaton. Null when no rule has one. */
  private final KeywordSet keywords;
  private final AnalysisNeeds needs;
  private final int[][] rulesByKeyword;
  private final int[] ungated;
  private final boolean prefilter;

  /** A detector for these rules, with the keyword prefilter. */
  public SecretsDetector(String id, List<SecretRule> rules) {
    this(id, rules, true);
  }

  /** A detector for these rules; {@code prefilter=false} runs every rule on every value. */
  public SecretsDetector(String id, List<SecretRule> rules, boolean prefilter) {
    this.id = id;
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
    Set<InfoType> types = new LinkedHashSet<>();
    Map<String, Integer> keywordIds = new HashMap<>();
    List<String> keywords = new ArrayList<>();
    Map<Integer, List<Integer>> byKeyword = new HashMap<>();
    List<Integer> noKeywords = new ArrayList<>();
    Map<String, SecretRule> seen = new HashMap<>();
    for (int r = 0; r < this.rules.size(); r++) {
      SecretRule rule = this.rules.get(r);
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
    this.needs = this.keywords == null ? AnalysisNeeds.none() : AnalysisNeeds.builder().keywords(this.keywords).build();
    this.rulesByKeyword = new int[Math.max(1, keywords.size())][];
    for (int k = 0; k < rulesByKeyword.length; k++) {
      rulesByKeyword[k] = byKeyword.getOrDefault(k, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }
    this.ungated = noKeywords.stream().mapToInt(Integer::intValue).toArray();
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
    return true; // every rule finds a credential, whatever category an imported rule gives it
  }

  @Override
  public List<InfoType> infoTypes() {
    return infoTypes;
  }

  /** The rules, in their order. */
  public List<SecretRule> rules() {
    return rules;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    if (s.length() < 8) {
      return;
    }
    if (!prefilter) {
      Reported reported = new Reported();
      // The same semantics without the index: anchored rules are tried at every position (a match
      // of theirs starts with a keyword, so the index finds the same positions), the others search
      // the whole value.
      for (int r = 0; r < rules.size(); r++) {
        SecretRule rule = rules.get(r);
        if (rule.startsAtKeyword) {
          for (int at = 0; at < s.length(); at++) {
            anchored(r, rule, s, at, sink, reported);
          }
        } else if (rule.anchorBefore >= 0) {
          for (int at = 0; at < s.length(); at++) {
            if (wordStart(s, at)) {
              anchored(r, rule, s, at, sink, reported);
            }
          }
        } else {
          run(r, rule, s, 0, s.length(), sink, reported);
        }
      }
      return;
    }
    Reported reported = new Reported();
    for (int r : ungated) {
      run(r, rules.get(r), s, 0, s.length(), sink, reported);
    }
    // Most values hold no keyword: the shared automaton says so without allocating anything.
    int hitCount = keywords == null ? 0 : value.keywordHits(keywords);
    if (hitCount == 0) {
      return;
    }
    // Windows per rule, merged when they overlap, so each region is searched once per rule.
    Map<Integer, List<int[]>> windows;
    windows = new HashMap<>();
    Map<Integer, List<Integer>> anchors = new HashMap<>();
    for (int hi = 0; hi < hitCount; hi++) {
      int[] h = {value.keywordHit(keywords, hi), value.keywordHitEnd(keywords, hi)};
      int start = h[1] - keywords.keywords().get(h[0]).length();
      for (int r : rulesByKeyword[h[0]]) {
        SecretRule rule = rules.get(r);
        if (rule.afterKeyword != null
            && !rule.afterKeyword.matcher(s).region(h[1], Math.min(s.length(), h[1] + 256)).lookingAt()) {
          continue;
        }
        if (rule.startsAtKeyword) {
          anchors.computeIfAbsent(r, x -> new ArrayList<>(1)).add(start);
          continue;
        }
        if (rule.anchorBefore >= 0) {
          List<Integer> list = anchors.computeIfAbsent(r, x -> new ArrayList<>(2));
          for (int at = Math.max(0, start - rule.anchorBefore); at <= start; at++) {
            if (wordStart(s, at)) {
              list.add(at);
            }
          }
          continue;
        }
        int from = Math.max(0, start - rule.before);
        int to = Math.min(s.length(), h[1] + rule.after);
        List<int[]> list = windows.computeIfAbsent(r, x -> new ArrayList<>(1));
        int[] last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && from <= last[1]) {
          last[1] = Math.max(last[1], to);
        } else {
          list.add(new int[] {from, to});
        }
      }
    }
    List<Integer> order = new ArrayList<>(windows.keySet());
    order.addAll(anchors.keySet());
    order = order.stream().distinct().sorted().toList();
    for (int r : order) {
      SecretRule rule = rules.get(r);
      for (int[] w : windows.getOrDefault(r, List.of())) {
        run(r, rule, s, w[0], w[1], sink, reported);
      }
      List<Integer> at = anchors.getOrDefault(r, List.of());
      for (int k = 0; k < at.size(); k++) {
        if (k == 0 || !at.subList(0, k).contains(at.get(k))) {
          anchored(r, rule, s, at.get(k), sink, reported);
        }
      }
    }
  }

  private static boolean wordStart(String s, int at) {
    return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
  }

  /** An anchored rule: the match, if any, starts exactly at {@code at}. */
  private void anchored(int r, SecretRule rule, String s, int at, MatchSink sink, Reported reported) {
    Matcher m = rule.regex.matcher(new TextWindow(s, at, Math.min(s.length(), at + rule.after)));
    if (m.lookingAt()) {
      report(r, rule, s, at, m, sink, reported);
    }
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

  private void run(int r, SecretRule rule, String s, int from, int to, MatchSink sink, Reported reported) {
    Matcher m = rule.regex.matcher(new TextWindow(s, from, to));
    while (m.find()) {
      report(r, rule, s, from, m, sink, reported);
    }
  }

  /** Checks a regex match ({@code m} over text starting at {@code offset}) and reports its secret. */
  private static void report(int r, SecretRule rule, String s, int offset, Matcher m, MatchSink sink, Reported reported) {
    if (m.start(rule.secretGroup) < 0) {
      return;
    }
    int start = offset + m.start(rule.secretGroup);
    int end = offset + m.end(rule.secretGroup);
    if (end <= start) {
      return;
    }
    int matchStart = offset + m.start();
    if (rule.boundary && matchStart > 0 && Character.isLetterOrDigit(s.charAt(matchStart - 1))) {
      return;
    }
    String secret = s.substring(start, end);
    if (vetoed(rule, secret)) {
      return;
    }
    double h = rule.minEntropy > 0 ? SecretRule.entropy(secret) : 0;
    if (h < rule.minEntropy) {
      return;
    }
    if (reported.add(r, start, end)) {
      sink.match(rule.infoType, start, end, rule.confidence,
          "rule " + rule.id + (rule.minEntropy > 0 ? String.format(Locale.ROOT, "; entropy %.1f", h) : ""));
    }
  }

  private static boolean vetoed(SecretRule rule, String secret) {
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
    return Placeholders.isPlaceholder(secret);
  }
}
