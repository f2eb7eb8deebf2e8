package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.detectors.rules.Rule;
import io.datasieve.detectors.rules.RuleDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every built-in secret rule against its own true- and false-positive samples. */
class SecretRulesTest {
  private static final List<BuiltInSecretRules.Entry> ENTRIES = BuiltInSecretRules.entries();
  private static final RuleDetector DETECTOR = new RuleDetector("secrets", BuiltInSecretRules.rules());

  private static List<DetectorHarness.Hit> byRule(String text, String rule) {
    return DetectorHarness.run(DETECTOR, "notes", text).stream()
        .filter(h -> h.explanation().startsWith("rule " + rule) && h.confidence() >= TableAssert.DEFAULT_MIN).toList();
  }

  @TestFactory
  Stream<DynamicTest> truePositivesAreFoundByTheirRule() {
    return ENTRIES.stream().flatMap(e -> e.truePositives().stream().map(tp -> DynamicTest.dynamicTest(
        e.rule().id() + " finds a secret in its sample", () -> assertEquals(1, byRule(tp, e.rule().id()).size(),
            "rule " + e.rule().id() + " on its true-positive sample"))));
  }

  @TestFactory
  Stream<DynamicTest> falsePositivesAreNotReportedByTheirRule() {
    return ENTRIES.stream().flatMap(e -> e.falsePositives().stream().map(fp -> DynamicTest.dynamicTest(
        e.rule().id() + " ignores " + fp.substring(0, Math.min(30, fp.length())), () -> assertEquals(List.of(),
            byRule(fp, e.rule().id()), "rule " + e.rule().id() + " on a false-positive sample"))));
  }

  @Test
  void everyRuleHasSamplesAndKeywords() {
    for (BuiltInSecretRules.Entry e : ENTRIES) {
      assertTrue(!e.truePositives().isEmpty() && !e.falsePositives().isEmpty(), e.rule().id() + " has samples");
      assertTrue(!e.rule().keywords().isEmpty(), e.rule().id() + " is keyword-gated");
      assertEquals("SECRET", e.rule().infoType().category());
    }
  }

  /** The keyword prefilter is an optimisation only: the same findings with it on and off. */
  @Test
  void prefilterOnAndOffFindTheSame() {
    RuleDetector unfiltered = new RuleDetector("secrets", BuiltInSecretRules.rules(), false);
    List<String> texts = new ArrayList<>();
    ENTRIES.forEach(e -> {
      texts.addAll(e.truePositives());
      texts.addAll(e.falsePositives());
    });
    Random random = new Random(9);
    String[] parts = {"token", "=", "\"", "ghp_", "AKIA", "sk-ant-api03-", "://", "user:", "@", "Bearer ", "password",
      "AIza", "xoxb-", "eyJ", "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "\n", " ", "hello world "};
    for (int k = 0; k < 3000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(parts[random.nextInt(parts.length)]);
        if (random.nextBoolean()) {
          for (int j = 0; j < 10 + random.nextInt(40); j++) {
            sb.append((char) ('0' + random.nextInt(75)));
          }
        }
      }
      texts.add(sb.toString());
    }
    for (String t : texts) {
      assertEquals(DetectorHarness.run(unfiltered, "notes", t).stream().map(DetectorHarness.Hit::toString).sorted().toList(),
          DetectorHarness.run(DETECTOR, "notes", t).stream().map(DetectorHarness.Hit::toString).sorted().toList(), t);
    }
  }

  @Test
  void entropyOfUniformAndRepetitiveText() {
    Rule rule = Rule.builder("e", ENTRIES.get(0).rule().infoType()).regex("x").build();
    assertEquals("e", rule.id());
    assertTrue(DETECTOR.rules().size() == ENTRIES.size());
  }
}
