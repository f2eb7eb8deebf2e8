package io.datasieve.detectors.secrets;

import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.detectors.rules.Placeholders;
import io.datasieve.detectors.rules.Rule;
import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.AnalysisNeeds;
import io.datasieve.spi.AnalyzingDetector;
import io.datasieve.spi.KeywordSet;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.MatchSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secret-looking values assigned to secret-looking names: {@code api_key = "..."}, {@code
 * "client_secret": "..."}, {@code AUTH_TOKEN=...}. Hand-written rather than a regex (a regex
 * over every "key"/"token" in code ran at a few MB/s): each occurrence of {@code key}, {@code
 * secret} or {@code token} grows into the identifier around it, whose words must name a secret
 * ({@code client_secret} yes; {@code monkey}, {@code public_key}, {@code page_token}, {@code
 * token_url} no), followed by an assignment and a value of 16-128 chars with at least 3.5 bits of
 * entropy per char that is not a UUID, a git SHA or content hash, an npm integrity string, a data
 * URI, an environment reference, a constant name, a URL or a placeholder.
 */
public final class GenericSecretDetector extends AnalyzingDetector {
  /** The info type reported. */
  public static final InfoType GENERIC_SECRET = new InfoType("GENERIC_SECRET", "SECRET", "SECRET/Generic Secret", Severity.MEDIUM);

  private static final Set<String> LAST = Set.of("secret", "token", "apikey", "secretkey", "accesskey", "authtoken",
      "accesstoken", "apitoken", "clientsecret", "appsecret", "privatetoken");
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "access", "signing", "encryption", "master",
      "client", "app", "auth", "private", "service", "license");
  private static final Set<String> NOT_SECRET = Set.of("public", "publishable", "type", "types", "url", "uri", "endpoint",
      "name", "arn", "id", "path", "file", "length", "len", "expiry", "expires", "expiration", "ttl", "count", "csrf",
      "xsrf", "next", "page", "prev", "previous", "cursor", "pagination", "limit", "size", "header", "field", "param",
      "prefix", "format", "version", "hint", "label", "description");

  @Override
  public String id() {
    return "generic-secret";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(GENERIC_SECRET);
  }

  /** The words a secret-like name contains, found by the scanner's one keyword automaton. */
  private static final KeywordSet NAME_WORDS = KeywordSet.of("secret-like names", List.of("key", "secret", "token"));
  private static final AnalysisNeeds NEEDS = AnalysisNeeds.builder().keywords(NAME_WORDS).build();

  @Override
  public AnalysisNeeds needs() {
    return NEEDS;
  }

  @Override
  public void detect(ValueAnalysis value, MatchSink sink) {
    String s = value.text();
    int n = s.length();
    int lastEnd = -1;
    int next = 0; // past the name last looked at
    for (int hit = 0, hits = value.keywordHits(NAME_WORDS); hit < hits; hit++) {
      int len = NAME_WORDS.keywords().get(value.keywordHit(NAME_WORDS, hit)).length();
      int i = value.keywordHitEnd(NAME_WORDS, hit) - len;
      if (i < next || i < lastEnd) {
        continue;
      }
      int nameStart = i;
      while (nameStart > 0 && isNameChar(s.charAt(nameStart - 1))) {
        nameStart--;
      }
      int nameEnd = i + len;
      while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
        nameEnd++;
      }
      if (!secretName(s.substring(nameStart, nameEnd))) {
        next = nameEnd + 1;
        continue;
      }
      int j = nameEnd;
      if (j < n && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
        j++;
      }
      while (j < n && s.charAt(j) == ' ') {
        j++;
      }
      if (j >= n || s.charAt(j) != '=' && s.charAt(j) != ':') {
        next = nameEnd + 1;
        continue;
      }
      boolean colon = s.charAt(j) == ':' && !s.startsWith(":=", j);
      j += s.startsWith("=>", j) || s.startsWith(":=", j) ? 2 : 1;
      while (j < n && s.charAt(j) == ' ') {
        j++;
      }
      if (colon) {
        // A type annotation ("apiKey: string = ..."): the value follows the '='.
        int k = j;
        while (k < n && Character.isLetter(s.charAt(k))) {
          k++;
        }
        int e = k;
        while (e < n && s.charAt(e) == ' ') {
          e++;
        }
        if (k > j && e < n && s.charAt(e) == '=' && !s.startsWith("==", e)) {
          j = e + 1;
          while (j < n && s.charAt(j) == ' ') {
            j++;
          }
        }
      }
      char quote = j < n && (s.charAt(j) == '"' || s.charAt(j) == '\'' || s.charAt(j) == '`') ? s.charAt(j) : 0;
      if (quote != 0) {
        j++;
      }
      int vStart = j;
      while (j < n && j - vStart <= 128 && (quote != 0 ? s.charAt(j) != quote && s.charAt(j) != '\n'
          : !Character.isWhitespace(s.charAt(j)) && "\"'`,;)}]".indexOf(s.charAt(j)) < 0)) {
        j++;
      }
      int vEnd = j;
      int vLen = vEnd - vStart;
      if (vLen >= 16 && vLen <= 128 && (quote == 0 || vEnd < n && s.charAt(vEnd) == quote)) {
        String secret = s.substring(vStart, vEnd);
        double h = Rule.entropy(secret);
        if (h >= 3.5 && !looksLikeNotASecret(secret) && !Placeholders.isPlaceholder(secret)) {
          sink.match(GENERIC_SECRET, vStart, vEnd, 0.7,
              String.format(Locale.ROOT, "secret-like name assigned a random-looking value; entropy %.1f", h));
          lastEnd = vEnd;
        }
      }
      next = nameEnd + 1;
    }
  }

  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
  }

  /** Whether the identifier's words name a secret. */
  static boolean secretName(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (NOT_SECRET.contains(w)) {
        return false;
      }
    }
    String last = words.get(words.size() - 1);
    if (LAST.contains(last)) {
      return true;
    }
    return last.equals("key") && words.size() >= 2 && KEY_QUALIFIERS.contains(words.get(words.size() - 2));
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        if (cur.length() > 0) {
          out.add(cur.toString().toLowerCase(Locale.ROOT));
          cur.setLength(0);
        }
        if (!Character.isLetterOrDigit(c)) {
          continue;
        }
      }
      cur.append(c);
    }
    if (cur.length() > 0) {
      out.add(cur.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** UUIDs, git SHAs and content hashes, integrity strings, data URIs, env references, constants, URLs. */
  static boolean looksLikeNotASecret(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    return lower.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        || lower.matches("[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}")
        || lower.startsWith("sha1-") || lower.startsWith("sha256-") || lower.startsWith("sha384-") || lower.startsWith("sha512-")
        || lower.startsWith("data:") || lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("os.environ") || lower.startsWith("process.env") || lower.startsWith("getenv")
        || lower.startsWith("env.") || lower.startsWith("$") || lower.startsWith("ssh-") || lower.startsWith("ecdsa-")
        || v.matches("[A-Z0-9_]+") || lower.matches("[a-z]+(?:[._][a-z]+)+");
  }
}
