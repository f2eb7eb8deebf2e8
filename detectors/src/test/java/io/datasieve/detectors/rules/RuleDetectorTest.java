package io.datasieve.detectors.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rule model's features beyond secrets: literal rules, gates, validators, context and field confidence. */
class RuleDetectorTest {
  static final InfoType ACCOUNT = new InfoType("ACCOUNT_NUMBER", "PII", "PII/Account Number", Severity.HIGH);
  private static final DatasetResource RESOURCE = DatasetResource.builder(URI.create("memory:t")).content(() -> null).build();

  static List<String> run(RuleDetector d, String field, String text) {
    FieldPath path = FieldPath.of(field);
    List<String> out = new ArrayList<>();
    d.detect(new FieldValue() {
      @Override public DatasetResource resource() { return RESOURCE; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    }, (type, start, end, confidence, why) -> out.add(text.substring(start, end) + "@" + confidence + " " + why));
    return out;
  }

  private static final Rule ACCOUNT_RULE = Rule.builder("account-number", ACCOUNT)
      .regex("[0-9]{16}").keyword("acct").keyword("account").gate(true).vetoPlaceholders(false).minValueLength(1)
      .validator(Validator.LUHN).confidence(0.6).context(0.9, "account number", "acct no").fieldWords(0.95, "account")
      .explanation("16 digits, Luhn").build();
  private static final Rule TERM = Rule.builder("falcon", ACCOUNT).literal(true).keyword("project falcon")
      .vetoPlaceholders(false).minValueLength(1).confidence(0.7).build();

  @Test
  void gatedRegexWithValidatorContextAndFieldConfidence() {
    RuleDetector d = new RuleDetector("accounts", List.of(ACCOUNT_RULE), true, false);
    assertEquals(List.of(), run(d, "notes", "order 4556737586899855"), "no keyword anywhere: the gate stays shut");
    assertEquals(List.of("4556737586899855@0.6 16 digits, Luhn"), run(d, "notes", "acct: ref 4556737586899855 was charged"));
    assertEquals(List.of("4556737586899855@0.9 16 digits, Luhn; context"), run(d, "notes", "your account number is 4556737586899855"));
    assertEquals(List.of("4556737586899855@0.95 16 digits, Luhn; field name"), run(d, "account", "account 4556737586899855"));
    assertEquals(List.of(), run(d, "notes", "account 4556737586899856"), "Luhn invalid");
  }

  @Test
  void literalRulesNeedNoRegexAndStandAlone() {
    RuleDetector d = new RuleDetector("terms", List.of(TERM), true, false);
    assertEquals(List.of("Project Falcon@0.7 rule falcon"), run(d, "notes", "about Project Falcon, not Project Falconry or xproject falcon"));
    assertEquals(List.of("PROJECT FALCON@0.7 rule falcon"), run(d, "notes", "PROJECT FALCON"));
  }

  @Test
  void thePrefilterNeverChangesFindings() {
    Rule anchored = Rule.builder("tok", new InfoType("TOK", "SECRET", "SECRET/Tok", Severity.HIGH))
        .regex("tok_[a-z0-9]{8}").keyword("tok_").startsAtKeyword(true).build();
    List<Rule> rules = List.of(ACCOUNT_RULE, TERM, anchored);
    RuleDetector fast = new RuleDetector("r", rules, true, false);
    RuleDetector slow = new RuleDetector("r", rules, false, false);
    String[] words = {"account", "acct", "no", "4556737586899855", "project", "falcon", "Project Falcon", "tok_a1b2c3d4",
        "xtok_a1b2c3d4", "tok_", "number", "4556737586899856", ",", "-", "falconry"};
    Random random = new Random(5);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0, n = random.nextInt(12); w < n; w++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      String field = random.nextInt(4) == 0 ? "account" : "notes";
      assertEquals(run(slow, field, text).stream().sorted().toList(), run(fast, field, text).stream().sorted().toList(), text);
    }
  }

  @Test
  void badRulesFailAtBuildTimeNamingTheRule() {
    IllegalStateException literalWithRegex = assertThrows(IllegalStateException.class,
        () -> Rule.builder("x", ACCOUNT).literal(true).regex("a").keyword("a").build());
    assertEquals("literal rule 'x' needs keywords and no regex", literalWithRegex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("x", ACCOUNT).context(1.5, "a"));
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("x", ACCOUNT).minValueLength(0));
  }
}
