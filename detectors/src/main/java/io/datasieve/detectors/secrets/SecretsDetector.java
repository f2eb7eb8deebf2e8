package io.datasieve.detectors.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.datasieve.InfoType;
import io.datasieve.spi.Detector;
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
 * Secrets (credentials, tokens, private keys) by rules. Design for speed: one {@link KeywordIndex}
 * over every rule's keywords runs once over each value; only the rules whose keywords occur run,
 * and only on a window around each occurrence; entropy and allow lists are checked on matches
 * only. Rules without keywords run on every value (slow: avoid them). With the prefilter off
 * (for tests), every rule runs on every whole value; the findings must be the same.
 */
public final class SecretsDetector implements Detector {
  private final String id;
  private final List<SecretRule> rules;
  private final List<InfoType> infoTypes;
  private final KeywordIndex index;
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
    this.index = new KeywordIndex(keywords.isEmpty() ? List.of("\u0001") : keywords);
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
  public List<InfoType> infoTypes() {
    return infoTypes;
  }

  /** The rules, in their order. */
  public List<SecretRule> rules() {
    return rules;
  }

  @Override
  public void detect(FieldValue value, MatchSink sink) {
    String s = value.text();
    if (s.length() < 8) {
      return;
    }
    Reported reported = new Reported();
    if (!prefilter) {
      for (int r = 0; r < rules.size(); r++) {
        run(rules.get(r), s, 0, s.length(), sink, reported);
      }
      return;
    }
    for (int r : ungated) {
      run(rules.get(r), s, 0, s.length(), sink, reported);
    }
    // Windows per rule, merged when they overlap, so each region is searched once per rule.
    Map<Integer, List<int[]>> windows = null;
    List<int[]> hits = new ArrayList<>(2);
    index.search(s, (k, end) -> hits.add(new int[] {k, end}));
    if (hits.isEmpty()) {
      return;
    }
    windows = new HashMap<>();
    for (int[] h : hits) {
      int start = h[1] - index.length(h[0]);
      for (int r : rulesByKeyword[h[0]]) {
        SecretRule rule = rules.get(r);
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
    java.util.Collections.sort(order);
    for (int r : order) {
      for (int[] w : windows.get(r)) {
        run(rules.get(r), s, w[0], w[1], sink, reported);
      }
    }
  }

  /** Matches already reported for this value: overlapping windows must not report twice. */
  private static final class Reported {
    private final Set<Long> keys = new java.util.HashSet<>();

    boolean add(int rule, int start, int end) {
      return keys.add(((long) rule * 31 + start) * 1_000_003L + end);
    }
  }

  private void run(SecretRule rule, String s, int from, int to, MatchSink sink, Reported reported) {
    Matcher m = rule.regex.matcher(s.substring(from, to));
    while (m.find()) {
      int start = from + m.start(rule.secretGroup);
      int end = from + m.end(rule.secretGroup);
      if (m.start(rule.secretGroup) < 0 || end <= start) {
        continue;
      }
      int matchStart = from + m.start();
      if (rule.boundary && matchStart > 0 && Character.isLetterOrDigit(s.charAt(matchStart - 1))) {
        continue;
      }
      String secret = s.substring(start, end);
      if (vetoed(rule, secret)) {
        continue;
      }
      double h = rule.minEntropy > 0 ? SecretRule.entropy(secret) : 0;
      if (h < rule.minEntropy) {
        continue;
      }
      if (reported.add(rules.indexOf(rule), start, end)) {
        sink.match(rule.infoType, start, end, rule.confidence,
            "rule " + rule.id + (rule.minEntropy > 0 ? String.format(Locale.ROOT, "; entropy %.1f", h) : ""));
      }
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
