package io.datasieve.detectors;

import io.datasieve.InfoType;
import io.datasieve.detectors.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in secret rules, from {@code secrets/rules.json}: each rule with its regex, keywords,
 * entropy, allow patterns, and the true- and false-positive samples that a test runs.
 */
final class BuiltInSecretRules {
  private static final Set<String> KEYS = Set.of("id", "infoType", "label", "severity", "regex", "keywords", "entropy",
      "allow", "stopwords", "confidence", "boundary", "before", "after", "secretGroup", "startsAtKeyword", "anchorBefore", "afterKeyword", "validator",
      "context", "fieldWords", "tp", "fp");

  /** A rule with its samples. */
  record Entry(Rule rule, List<String> truePositives, List<String> falsePositives) {}

  private BuiltInSecretRules() {}

  static List<Rule> rules() {
    return entries().stream().map(Entry::rule).toList();
  }

  static List<Entry> entries() {
    Object root;
    try (InputStream in = BuiltInSecretRules.class.getResourceAsStream("secrets/rules.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource secrets/rules.json");
      }
      root = JsonTree.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> top = DetectorConfig.object(root, "rules.json");
    List<Entry> out = new ArrayList<>();
    int i = 0;
    for (Object o : (List<?>) top.get("rules")) {
      String where = "rules[" + i++ + "]";
      Map<String, Object> r = DetectorConfig.object(o, where);
      DetectorConfig.unknownKeys(r, KEYS, where);
      InfoType type = new InfoType(DetectorConfig.string(r.get("infoType"), where + ".infoType"), "SECRET",
          DetectorConfig.string(r.get("label"), where + ".label"),
          CustomDetector.severity(DetectorConfig.string(r.get("severity"), where + ".severity")));
      Rule.Builder b = Rule.builder(DetectorConfig.string(r.get("id"), where + ".id"), type)
          .regex(DetectorConfig.string(r.get("regex"), where + ".regex"));
      DetectorConfig.strings(r.get("keywords"), where + ".keywords").forEach(b::keyword);
      DetectorConfig.strings(r.get("allow"), where + ".allow").forEach(b::allow);
      DetectorConfig.strings(r.get("stopwords"), where + ".stopwords").forEach(b::stopword);
      if (r.get("entropy") != null) {
        b.minEntropy(DetectorConfig.number(r.get("entropy"), where + ".entropy"));
      }
      if (r.get("confidence") != null) {
        b.confidence(DetectorConfig.number(r.get("confidence"), where + ".confidence"));
      }
      if (r.get("boundary") != null) {
        b.boundary((Boolean) r.get("boundary"));
      }
      if (r.get("secretGroup") != null) {
        b.secretGroup((int) DetectorConfig.number(r.get("secretGroup"), where + ".secretGroup"));
      }
      if (r.get("startsAtKeyword") != null) {
        b.startsAtKeyword((Boolean) r.get("startsAtKeyword"));
      }
      if (r.get("anchorBefore") != null) {
        b.anchorBefore((int) DetectorConfig.number(r.get("anchorBefore"), where + ".anchorBefore"));
      }
      if (r.get("validator") != null) {
        String v = DetectorConfig.string(r.get("validator"), where + ".validator");
        try {
          b.validator(io.datasieve.detectors.rules.Validator.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ".validator: unknown validator '" + v + "' (none, luhn, iban)", e);
        }
      }
      if (r.get("context") != null) {
        Map<String, Object> c = DetectorConfig.object(r.get("context"), where + ".context");
        DetectorConfig.unknownKeys(c, Set.of("confidence", "phrases"), where + ".context");
        b.context(DetectorConfig.number(c.get("confidence"), where + ".context.confidence"),
            DetectorConfig.strings(c.get("phrases"), where + ".context.phrases").toArray(new String[0]));
      }
      if (r.get("fieldWords") != null) {
        Map<String, Object> c = DetectorConfig.object(r.get("fieldWords"), where + ".fieldWords");
        DetectorConfig.unknownKeys(c, Set.of("confidence", "words"), where + ".fieldWords");
        b.fieldWords(DetectorConfig.number(c.get("confidence"), where + ".fieldWords.confidence"),
            DetectorConfig.strings(c.get("words"), where + ".fieldWords.words").toArray(new String[0]));
      }
      if (r.get("afterKeyword") != null) {
        b.afterKeyword(DetectorConfig.string(r.get("afterKeyword"), where + ".afterKeyword"));
      }
      int before = r.get("before") == null ? 64 : (int) DetectorConfig.number(r.get("before"), where + ".before");
      int after = r.get("after") == null ? 512 : (int) DetectorConfig.number(r.get("after"), where + ".after");
      b.window(before, after);
      out.add(new Entry(b.build(), DetectorConfig.strings(r.get("tp"), where + ".tp"),
          DetectorConfig.strings(r.get("fp"), where + ".fp")));
    }
    return out;
  }
}
