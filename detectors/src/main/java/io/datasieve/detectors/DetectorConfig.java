package io.datasieve.detectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datasieve.InfoType;
import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.spi.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detector configuration from a JSON file: allow lists, custom (deny-list) detectors, built-in
 * detectors to disable, phone regions, a person-name model. Unknown keys are errors, and every
 * error names the file and the key. Example:
 *
 * <pre>{@code
 * { "allow": ["support@acme.com"],
 *   "allowPatterns": [".*@example\\.org"],
 *   "disable": ["ip-address"],
 *   "phoneRegions": ["US", "GB"],
 *   "nameModel": "models/en-ner-person.bin",
 *   "nameFinder": "model",
 *   "minConfidence": 0.6,
 *   "gitleaks": "gitleaks.toml",
 *   "detectors": [
 *     { "id": "employee-id", "infoType": "EMPLOYEE_ID", "label": "PII/Employee ID", "category": "PII",
 *       "severity": "MEDIUM", "pattern": "\\bEMP-[0-9]{6}\\b", "keywords": ["emp"], "confidence": 0.9 },
 *     { "id": "codenames", "infoType": "PROJECT_CODENAME", "terms": ["Project Falcon"], "severity": "LOW" } ] }
 * }</pre>
 */
public final class DetectorConfig {
  private static final Set<String> TOP = Set.of(
      "allow", "allowPatterns", "disable", "phoneRegions", "nameModel", "nameFinder", "minConfidence", "detectors", "gitleaks");
  private static final Set<String> DETECTOR = Set.of(
      "id", "infoType", "label", "category", "severity", "pattern", "terms", "keywords", "validator", "confidence");

  private final List<String> allow = new ArrayList<>();
  private final List<String> allowPatterns = new ArrayList<>();
  private final List<String> disable = new ArrayList<>();
  private final List<String> phoneRegions = new ArrayList<>();
  private Path nameModel;
  private String nameFinder;
  private Double minConfidence;
  private io.datasieve.detectors.secrets.GitleaksRules gitleaks;
  private final List<CustomDetector> detectors = new ArrayList<>();

  private DetectorConfig() {}

  /**
   * Checks a name finder setting: {@code rules} (the gazetteer and context rules) or {@code model}
   * (the rules and the built-in statistical name model).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static String nameFinder(String value) {
    if (!value.equals("rules") && !value.equals("model")) {
      throw new IllegalArgumentException("nameFinder must be \"rules\" or \"model\", not \"" + value + "\"");
    }
    return value;
  }

  /**
   * Reads and validates a configuration file.
   *
   * @throws IOException when it cannot be read or parsed
   * @throws IllegalArgumentException naming the file and key of a bad value
   */
  public static DetectorConfig read(Path file) throws IOException {
    Object root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JsonTree.read(in);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(root, file);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static DetectorConfig parse(Object root, Path file) {
    Map<String, Object> top = object(root, "the configuration");
    unknownKeys(top, TOP, "the configuration");
    DetectorConfig c = new DetectorConfig();
    c.allow.addAll(strings(top.get("allow"), "allow"));
    c.allowPatterns.addAll(strings(top.get("allowPatterns"), "allowPatterns"));
    c.disable.addAll(strings(top.get("disable"), "disable"));
    c.phoneRegions.addAll(strings(top.get("phoneRegions"), "phoneRegions"));
    if (top.get("nameModel") != null) {
      Path p = Path.of(string(top.get("nameModel"), "nameModel"));
      c.nameModel = p.isAbsolute() || file.getParent() == null ? p : file.getParent().resolve(p);
    }
    if (top.get("nameFinder") != null) {
      c.nameFinder = nameFinder(string(top.get("nameFinder"), "nameFinder"));
    }
    if (top.get("minConfidence") != null) {
      c.minConfidence = number(top.get("minConfidence"), "minConfidence");
    }
    if (top.get("gitleaks") != null) {
      Path p = Path.of(string(top.get("gitleaks"), "gitleaks"));
      p = p.isAbsolute() || file.getParent() == null ? p : file.getParent().resolve(p);
      try {
        c.gitleaks = io.datasieve.detectors.secrets.GitleaksRules.read(p, BuiltInSecretRules.rules());
      } catch (IOException e) {
        throw new IllegalArgumentException("gitleaks: " + e.getMessage(), e);
      }
    }
    if (top.get("detectors") != null) {
      if (!(top.get("detectors") instanceof List<?> list)) {
        throw new IllegalArgumentException("'detectors' must be a list");
      }
      for (int i = 0; i < list.size(); i++) {
        c.detectors.add(detector(object(list.get(i), "detectors[" + i + "]"), "detectors[" + i + "]"));
      }
    }
    return c;
  }

  private static CustomDetector detector(Map<String, Object> d, String where) {
    unknownKeys(d, DETECTOR, where);
    String id = string(d.get("id"), where + ".id");
    String type = string(d.get("infoType"), where + ".infoType");
    String category = d.get("category") == null ? "PII" : string(d.get("category"), where + ".category");
    String label = d.get("label") == null ? category + "/" + type : string(d.get("label"), where + ".label");
    String severity = d.get("severity") == null ? "MEDIUM" : string(d.get("severity"), where + ".severity");
    CustomDetector.Builder b = CustomDetector.builder(id, new InfoType(type, category, label, CustomDetector.severity(severity)));
    if (d.get("pattern") != null) {
      b.pattern(string(d.get("pattern"), where + ".pattern"));
    }
    strings(d.get("terms"), where + ".terms").forEach(b::term);
    strings(d.get("keywords"), where + ".keywords").forEach(b::keyword);
    if (d.get("validator") != null) {
      String v = string(d.get("validator"), where + ".validator").toUpperCase(Locale.ROOT);
      try {
        b.validator(CustomDetector.Validator.valueOf(v));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ".validator: unknown validator '" + v + "' (NONE, LUHN, IBAN)", e);
      }
    }
    if (d.get("confidence") != null) {
      b.confidence(number(d.get("confidence"), where + ".confidence"));
    }
    return b.build();
  }

  /**
   * Ids of the loaded detectors the configuration takes out: those it disables, and those it
   * replaces (the phone detector when regions are set, the name detector when a model is set,
   * the secret rules when a gitleaks file is imported). Remove them from the scanner's builder,
   * then add {@link #added()}.
   */
  public List<String> removed() {
    List<String> out = new ArrayList<>(disable);
    if (!phoneRegions.isEmpty()) {
      out.add(PhoneNumberDetector.ID);
    }
    if (nameModel != null || nameFinder != null) {
      out.add(PersonNameDetector.ID);
    }
    if (gitleaks != null) {
      out.add(BuiltInDetectors.SECRETS_ID);
    }
    return List.copyOf(out);
  }

  /** The detectors the configuration adds: replacements of {@link #removed()} ones, then custom detectors. */
  public List<Detector> added() {
    List<Detector> out = new ArrayList<>();
    if (!phoneRegions.isEmpty()) {
      out.add(new PhoneNumberDetector(phoneRegions));
    }
    if (nameModel != null || nameFinder != null) {
      out.add(new PersonNameDetector(nameModel, "model".equals(nameFinder)));
    }
    if (gitleaks != null) {
      out.add(new RuleDetector(BuiltInDetectors.SECRETS_ID, gitleaks.rules()));
    }
    out.addAll(detectors);
    return List.copyOf(out);
  }

  /** Values never reported, exactly as written. */
  public List<String> allowValues() {
    return List.copyOf(allow);
  }

  /** re2j patterns; a match inside one of them is never reported. */
  public List<String> allowPatterns() {
    return List.copyOf(allowPatterns);
  }

  /** The minimum confidence the file sets, if it sets one. */
  public java.util.OptionalDouble minConfidence() {
    return minConfidence == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(minConfidence);
  }

  /** Notes on what an imported gitleaks file could not fully express (empty without one). */
  public List<String> notes() {
    return gitleaks == null ? List.of() : gitleaks.notes();
  }

  /** The custom detectors defined in the file. */
  public List<CustomDetector> detectors() {
    return List.copyOf(detectors);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object o, String where) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    return (Map<String, Object>) o;
  }

  static void unknownKeys(Map<String, Object> m, Set<String> known, String where) {
    for (String k : m.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown key '" + k + "' in " + where + " (known: " + new java.util.TreeSet<>(known) + ")");
      }
    }
  }

  static String string(Object o, String where) {
    if (!(o instanceof String s)) {
      throw new IllegalArgumentException("'" + where + "' must be a string" + (o == null ? " and is missing" : ""));
    }
    return s;
  }

  static double number(Object o, String where) {
    if (!(o instanceof Double d)) {
      throw new IllegalArgumentException("'" + where + "' must be a number");
    }
    return d;
  }

  static List<String> strings(Object o, String where) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalArgumentException("'" + where + "' must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object x : l) {
      out.add(string(x, where + "[]"));
    }
    return out;
  }
}
