package io.datasieve.detectors.secrets;

import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.detectors.rules.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitleaksRulesTest {
  @TempDir Path dir;

  private static final InfoType T = new InfoType("GITHUB_TOKEN", "SECRET", "SECRET/GitHub Token", Severity.CRITICAL);
  private static final List<Rule> DEFAULTS = List.of(
      Rule.builder("github-token", T).regex("ghp_[0-9A-Za-z]{36}").keyword("ghp_").startsAtKeyword(true).build(),
      Rule.builder("other-default", T).regex("zzz_[0-9]{10}").keyword("zzz_").build());

  private static List<String> found(RuleDetector d, String text) {
    DatasetResource resource = DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
    FieldPath path = FieldPath.of("text");
    List<String> out = new ArrayList<>();
    d.detect(new FieldValue() {
      @Override public DatasetResource resource() { return resource; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    }, (type, start, end, confidence, explanation) -> out.add(explanation.split(";")[0] + ":" + text.substring(start, end)));
    return out;
  }

  @Test
  void importsExtendsOverridesAndNotes() throws IOException {
    Path toml = Files.writeString(dir.resolve("gitleaks.toml"), """
        title = "team rules"
        [extend]
        useDefault = true

        [allowlist]
        stopwords = ["dummy"]

        [[rules]]
        id = "acme-internal-token"
        description = "Acme internal token"
        regex = '''\\bacme_[a-z0-9]{32}'''
        keywords = ["acme_"]
        entropy = 3.0

        [[rules]]
        id = "acme-legacy-key"
        description = "Acme legacy key"
        regex = '''ALK-([0-9A-F]{24})'''
        secretGroup = 1
        [rules.allowlist]
        regexes = ['''^0{24}$''']

        [[rules]]
        id = "github-token"
        description = "GitHub token, team version"
        regex = '''ghp_[0-9A-Za-z]{36}'''
        keywords = ["ghp_"]

        [[rules]]
        id = "pem-files"
        path = '''\\.pem$'''
        """);
    GitleaksRules g = GitleaksRules.read(toml, DEFAULTS);
    assertEquals(List.of("github-token", "other-default", "acme-internal-token", "acme-legacy-key"),
        g.rules().stream().map(Rule::id).toList());
    assertEquals("SECRET/GitHub token, team version", g.rules().get(0).infoType().label());
    assertTrue(g.notes().stream().anyMatch(n -> n.contains("pem-files")), g.notes().toString());
    RuleDetector d = new RuleDetector("secrets", g.rules());
    String token = "acme_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d";
    assertEquals(List.of("rule acme-internal-token:" + token), found(d, "key " + token + " here"));
    assertEquals(List.of(), found(d, "x" + token), "the leading \\b became a boundary check");
    assertEquals(List.of(), found(d, "acme_dummy0000000000000000000000000"), "global stopword");
    assertEquals(List.of("rule acme-legacy-key:0123456789ABCDEF01234567"), found(d, "legacy ALK-0123456789ABCDEF01234567"));
    assertEquals(List.of(), found(d, "ALK-000000000000000000000000"), "rule allowlist");
    assertEquals(List.of("alk-"), g.rules().get(3).keywords(), "keyword derived from the literal prefix");
  }

  @Test
  void requiredPrefixes() {
    assertEquals("ALK-", GitleaksRules.requiredPrefix("ALK-([0-9A-F]{24})"));
    assertEquals("sk_live", GitleaksRules.requiredPrefix("(?i)sk_live_?[0-9a-z]{24}"));
    assertNull(GitleaksRules.requiredPrefix("abc[0-9]+|def[0-9]+"));
    assertNull(GitleaksRules.requiredPrefix("(?:AKIA|ASIA)[A-Z2-7]{16}"));
    assertNull(GitleaksRules.requiredPrefix("ab?c"));
  }

  @Test
  void badFilesAreNamed() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.toml"), "[[rules]\nid = ");
    assertTrue(assertThrows(IOException.class, () -> GitleaksRules.read(bad, DEFAULTS)).getMessage().contains("bad.toml"));
    Path badRegex = Files.writeString(dir.resolve("re.toml"), "[[rules]]\nid = \"x\"\nregex = '''a(b'''\nkeywords=[\"a\"]\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GitleaksRules.read(badRegex, DEFAULTS));
    assertTrue(e.getMessage().contains("re.toml rules[0]") && e.getMessage().contains("'x'"), e.getMessage());
  }
}
