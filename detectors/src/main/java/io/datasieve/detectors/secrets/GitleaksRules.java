package io.datasieve.detectors.secrets;

import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.detectors.rules.Placeholders;
import io.datasieve.detectors.rules.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports secret rules from a gitleaks configuration file (TOML), so teams can bring the rules
 * they maintain. Honoured: {@code [extend] useDefault} (the built-in rules, with imported rules
 * replacing built-ins of the same id), {@code [[rules]]} {@code id}, {@code description},
 * {@code regex}, {@code secretGroup}, {@code entropy}, {@code keywords}, rule allowlists ({@code
 * [rules.allowlist]} or {@code [[rules.allowlists]]}: {@code regexes}, {@code stopwords}), and the
 * global {@code [allowlist]} ({@code regexes}, {@code stopwords}, added to every rule). Not
 * applicable to dataset fields, and reported as notes: {@code path} rules and allowlist {@code
 * paths}, {@code tags}, {@code regexTarget = "line"}, {@code [extend] path}.
 *
 * <p>Imported regexes get the speed treatment of the built-in rules automatically: a leading
 * {@code \b} becomes the post-match boundary check (re2j cannot skip ahead to a {@code \b}), and
 * when a rule has no keywords, a literal of three or more chars that every match starts with
 * becomes its keyword and the rule is anchored there. A rule with neither runs on every value:
 * correct, but slow, and said in the notes.
 */
public final class GitleaksRules {
  private static final Pattern LEADING_LITERAL = Pattern.compile("^([A-Za-z0-9_\\-]{3,})");

  private final List<Rule> rules;
  private final List<String> notes;

  private GitleaksRules(List<Rule> rules, List<String> notes) {
    this.rules = List.copyOf(rules);
    this.notes = List.copyOf(notes);
  }

  /** The rules to scan with (built-ins included when the file extends the default). */
  public List<Rule> rules() {
    return rules;
  }

  /** What was not honoured, and rules that will run on every value. */
  public List<String> notes() {
    return notes;
  }

  /**
   * Reads a gitleaks TOML file.
   *
   * @param defaults the rules {@code [extend] useDefault = true} brings in
   * @throws IOException when the file cannot be read or is not TOML
   * @throws IllegalArgumentException naming the file and rule of a bad value
   */
  public static GitleaksRules read(Path file, List<Rule> defaults) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new TomlMapper().readTree(in);
    } catch (IOException e) {
      throw new IOException(file + ": not a valid TOML file: " + e.getMessage(), e);
    }
    List<String> notes = new ArrayList<>();
    Map<String, Rule> byId = new LinkedHashMap<>();
    JsonNode extend = root.path("extend");
    if (extend.path("useDefault").asBoolean(false)) {
      defaults.forEach(r -> byId.put(r.id(), r));
    }
    if (extend.has("path")) {
      notes.add("[extend] path is not followed; import that file separately");
    }
    List<String> globalRegexes = strings(root.path("allowlist").path("regexes"));
    List<String> globalStopwords = strings(root.path("allowlist").path("stopwords"));
    int index = 0;
    for (JsonNode r : root.path("rules")) {
      String where = file.getFileName() + " rules[" + index++ + "]";
      try {
        Rule rule = rule(r, globalRegexes, globalStopwords, notes);
        if (rule != null) {
          byId.put(rule.id(), rule);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new GitleaksRules(new ArrayList<>(byId.values()), notes);
  }

  private static Rule rule(JsonNode r, List<String> globalRegexes, List<String> globalStopwords, List<String> notes) {
    String id = r.path("id").asText("").toLowerCase(Locale.ROOT);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a rule has no id");
    }
    if (!r.has("regex")) {
      notes.add("rule '" + id + "' has no regex (a path-only rule) and was skipped");
      return null;
    }
    if (r.has("path")) {
      notes.add("rule '" + id + "': path is ignored (fields have no paths)");
    }
    String description = r.path("description").asText(id);
    String typeId = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    if (!Character.isLetter(typeId.charAt(0))) {
      typeId = "R_" + typeId;
    }
    InfoType type = new InfoType(typeId, "SECRET", "SECRET/" + description, Severity.HIGH);
    String regex = r.path("regex").asText();
    Rule.Builder b = Rule.builder(id, type);
    boolean boundary = false;
    if (regex.startsWith("\\b")) {
      regex = regex.substring(2);
      boundary = true;
    } else if (regex.startsWith("(?i)\\b")) {
      regex = "(?i)" + regex.substring(6);
      boundary = true;
    }
    b.regex(regex).boundary(boundary);
    if (r.has("secretGroup")) {
      b.secretGroup(r.path("secretGroup").asInt());
    }
    if (r.has("entropy")) {
      b.minEntropy(r.path("entropy").asDouble());
    }
    List<String> keywords = strings(r.path("keywords"));
    if (keywords.isEmpty()) {
      String prefix = requiredPrefix(regex);
      if (prefix != null) {
        keywords = List.of(prefix.toLowerCase(Locale.ROOT));
        b.startsAtKeyword(true);
      } else {
        notes.add("rule '" + id + "' has no keywords and no literal to derive one from: it runs on every value (slow)");
      }
    }
    keywords.forEach(b::keyword);
    List<JsonNode> allowlists = new ArrayList<>();
    if (r.has("allowlist")) {
      allowlists.add(r.path("allowlist"));
    }
    r.path("allowlists").forEach(allowlists::add);
    for (JsonNode a : allowlists) {
      if (a.path("regexTarget").asText("").equals("line")) {
        notes.add("rule '" + id + "': an allowlist with regexTarget = \"line\" is applied to the secret");
      }
      if (a.has("paths")) {
        notes.add("rule '" + id + "': allowlist paths are ignored");
      }
      strings(a.path("regexes")).forEach(b::allow);
      strings(a.path("stopwords")).forEach(b::stopword);
    }
    globalRegexes.forEach(b::allow);
    globalStopwords.forEach(b::stopword);
    return b.window(64, 512).build();
  }

  /**
   * The literal every match starts with (3+ ASCII letters, digits, '_' or '-'), or null: none when
   * the regex has a top-level alternation, and a last char made optional by {@code ? * {} is dropped.
   */
  static String requiredPrefix(String regex) {
    String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return null;
      }
    }
    Matcher m = LEADING_LITERAL.matcher(body);
    if (!m.find()) {
      return null;
    }
    String literal = m.group(1);
    int next = m.end();
    if (next < body.length() && "?*{".indexOf(body.charAt(next)) >= 0) {
      literal = literal.substring(0, literal.length() - 1);
    }
    return literal.length() >= 3 ? literal : null;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }
}
