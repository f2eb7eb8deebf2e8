package io.datasieve.detectors.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import io.datasieve.detectors.BuiltInDetectors;
import io.datasieve.spi.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loosened patterns may say "maybe" too often, and never "no" where re2j matches. */
class RelaxedPatternTest {
  private static final long SEED = 20261202L;

  @Test
  void rulesOutWhatCannotMatch() {
    RelaxedPattern twilio = RelaxedPattern.compile("SK[0-9a-f]{32}");
    assertNotNull(twilio);
    assertFalse(twilio.mayMatchAt("ask me", 1, 6));
    assertTrue(twilio.mayMatchAt("SK0123456789abcdef0123456789abcdef", 0, 34));
    assertFalse(twilio.mayMatchAt("SK0123456789abcdef0123456789abcde", 0, 33)); // one short: the window ends
    RelaxedPattern password = RelaxedPattern.compile("(?i)(?:or)?d?[\"']?\\s*(?:=|:|=>|:=)\\s*[\"'][^\\s\"']{8}");
    assertNotNull(password);
    assertFalse(password.mayMatchAt("password reset emails", 5, 21));
    assertTrue(password.mayMatchAt("PASSWORD = 'hunter2hunter2'", 5, 27));
    RelaxedPattern basic = RelaxedPattern.compile("(?i)authorization:\\s*basic\\s+([A-Za-z0-9+/]{12,}={0,2})");
    assertFalse(basic.mayFind("a basic question about authorization", 0, 36));
    assertTrue(basic.mayFind("x Authorization: Basic dXNlcjpwYXNzd29yZA==", 0, 44));
    // Unicode folding: re2j's (?i)k matches the Kelvin sign; the loosened copy must too.
    assertTrue(RelaxedPattern.compile("(?i)key").mayMatchAt("\u212aey", 0, 3));
    assertTrue(RelaxedPattern.compile("(?i)[^k]").mayMatchAt("\u212a", 0, 1));
  }

  @Test
  void syntaxItDoesNotModelIsLeftToRe2j() {
    assertNull(RelaxedPattern.compile("(?s)a.b"));
    assertNull(RelaxedPattern.compile("\\p{L}+"));
    assertNull(RelaxedPattern.compile("[[:alpha:]]"));
    assertNull(RelaxedPattern.compile("a(?i)b"));
    assertNull(RelaxedPattern.compile("\\x41"));
    assertNull(RelaxedPattern.compile("a{1000,2000}b{1000}"));
  }

  @Test
  void neverDeniesARe2jMatchOnSmallPatterns() {
    String[] patterns = {"(?i)a[^b]c", "x{2,3}y", "(?:ab|cd)+e", "\\bfoo$", "^a*?b", "[a-c\\-]{2}\\.", "(?i)[k-m]+\\S",
        "a|b|", "(a(b)?)*c", "\\d\\D\\w\\W\\s", "(?P<x>ab)?c{0}", ".{1,3}z", "[^\\s\"']{2,}"};
    String alphabet = "abcdefxyzoKk\u212a\u017fS-.\" \n\t1_";
    Random random = new Random(SEED);
    for (String p : patterns) {
      Pattern exact = Pattern.compile(p);
      RelaxedPattern loose = RelaxedPattern.compile(p);
      assertNotNull(loose, p);
      for (int i = 0; i < 20_000; i++) {
        String s = randomText(random, alphabet, 10);
        check(p, exact, loose, s, random);
      }
    }
  }

  @Test
  void neverDeniesARe2jMatchOfTheBuiltInRules() throws IOException {
    RuleDetector secrets = null;
    for (Detector d : new BuiltInDetectors().detectors()) {
      if (d instanceof RuleDetector r && r.id().equals(BuiltInDetectors.SECRETS_ID)) {
        secrets = r;
      }
    }
    assertNotNull(secrets);
    List<String> samples = samples();
    Random random = new Random(SEED);
    int filtered = 0;
    for (Rule rule : secrets.rules()) {
      List<Pattern> exact = new ArrayList<>();
      List<RelaxedPattern> loose = new ArrayList<>();
      if (rule.relaxedRegex != null) {
        exact.add(rule.regex);
        loose.add(rule.relaxedRegex);
      }
      if (rule.relaxedAfterKeyword != null) {
        exact.add(rule.afterKeyword);
        loose.add(rule.relaxedAfterKeyword);
      }
      filtered += loose.size();
      for (int k = 0; k < exact.size(); k++) {
        for (int i = 0; i < 3_000; i++) {
          String s = mutate(random, samples.get(random.nextInt(samples.size())));
          check(exact.get(k).pattern(), exact.get(k), loose.get(k), s, random);
        }
      }
    }
    assertTrue(filtered >= 25, "most built-in rules must get a loosened copy: " + filtered);
  }

  private static void check(String p, Pattern exact, RelaxedPattern loose, String s, Random random) {
    for (int at = 0; at <= s.length(); at++) {
      int to = Math.min(s.length(), at + random.nextInt(s.length() + 2));
      if (exact.matcher(new TextWindow(s, at, to)).lookingAt()) {
        int a = at;
        assertTrue(loose.mayMatchAt(s, at, to), () -> p + " at " + a + " in '" + s + "'");
      }
      if (exact.matcher(new TextWindow(s, at, to)).find()) {
        int a = at;
        assertTrue(loose.mayFind(s, at, to), () -> p + " find in [" + a + ", " + to + ") of '" + s + "'");
      }
    }
  }

  private static String randomText(Random random, String alphabet, int max) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(max + 1); k > 0; k--) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** A sample with its case flipped, chars swapped or cut, or words around it. */
  private static String mutate(Random random, String sample) {
    StringBuilder sb = new StringBuilder(sample);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.setCharAt(at, Character.isUpperCase(sb.charAt(at)) ? Character.toLowerCase(sb.charAt(at))
            : Character.toUpperCase(sb.charAt(at)));
        case 1 -> sb.setCharAt(at, " \"'=:x0\u212a\u017f".charAt(random.nextInt(9)));
        case 2 -> sb.deleteCharAt(at);
        default -> sb.setLength(at);
      }
    }
    if (random.nextBoolean()) {
      sb.insert(0, "ask the bearer: ");
    }
    return sb.toString();
  }

  /** The true- and false-positive samples of the built-in rules. */
  private static List<String> samples() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = BuiltInDetectors.class.getResourceAsStream("secrets/rules.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      for (JsonNode rule : root.get("rules")) {
        for (String key : List.of("tp", "fp")) {
          if (rule.has(key)) {
            rule.get(key).forEach(n -> out.add(n.asText()));
          }
        }
      }
    }
    assertTrue(out.size() > 40, "samples: " + out.size());
    return out;
  }
}
