package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Extracts {@link TextLookalikes}' resource from the Tika on the class path and checks that the
 * committed one is identical. After a Tika upgrade, regenerate it with
 *
 * <pre>
 * mvn -o -pl classifier-core test -Dtest=TextLookalikesTest -Ddatasieve.regenerate=true
 * </pre>
 *
 * and review the diff: a new regular expression in the database fails the test until its
 * necessary literals are added to {@link #REGEX_LITERALS}.
 */
class TextLookalikesTest {
  private static final Path SOURCE = Path.of("src/main/resources/io/datasieve/internal", TextLookalikes.RESOURCE);

  /**
   * Tika's regular expressions for non-text types (and HTML), by media type and expression, with
   * literals that every match contains, in the resource's notation: {@code from:to flags pattern}.
   * None: every match contains a NUL byte, which text never has.
   */
  private static final Map<String, List<String>> REGEX_LITERALS = new LinkedHashMap<>();

  static {
    regex("application/x-dbf", "(?s)^[\\x02\\x03\\x30\\x31\\x32\\x43\\x63\\x83\\x8B\\xCB\\xF5\\xE5\\xFB].[\\x01-\\x0C]"
        + "[\\x01-\\x1F].{4}(?:.[^\\x00]|[\\x41-\\xFF].)(?:[^\\x00\\x01].|.[^\\x00]).{31}(?<=[\\x00][^\\x00]{0,10})[A-Z@+]");
    // A CR or LF anywhere in the first 8 KiB, then the literal.
    regex("application/illustrator+ps", "[\r\n]%AI5_FileFormat [1-4][\r\n]", "1:8193 - %AI5_FileFormat\\x20");
    regex("application/vnd.java.hprof", "JAVA PROFILE \\d\\.\\d\\.\\d\\u0000");
    regex("application/marc", "[0-9]{5,5}", "0:0 - \\d\\d\\d\\d\\d");
    // Up to 50 short comment lines before the version: within the first 7,600 bytes.
    regex("application/pdf", "(?>(?:%%[^\\r\\n]{0,148})?(?:\\r\\n|[\\r\\n])){1,50}%PDF-[12]\\.", "1:8192 - %PDF-");
    regex("application/vnd.isac.fcs", "FCS[1-3]\\.[0-9]    ", "0:0 - FCS\\d.\\d\\x20\\x20\\x20\\x20");
    regex("application/x-bzip2", "BZh[1-9]", "0:0 - BZh\\d");
    regex("application/x-ms-owner", "(?s)^([\\x05-\\x0F])[\\x00\\x20-\\x7E]{10}.{43}\\1\u0000");
    regex("application/x-ms-nls", "(?s)^\\x0D.{51}\\x0C\\x00\\x0D\\x00\\x0E");
    regex("application/x-ms-nls", "(?s)^\\x44\\x43.\\x01", "0:0 - DC\\&0000\\x01");
    // The NUL-run alternative needs a NUL.
    regex("audio/mpeg", "(?:\\x0D\\x0A|\\x00{1,1024})(?:\\xff[\\xe3\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc"
        + "\\xfd\\xfe\\xff]|ID3)", "0:0 - \\x0d\\x0aID3", "0:0 - \\x0d\\x0a\\xff");
    regex("audio/x-aac", "(?s)\\xFF[\\xF0\\xF1\\xF8\\xF9].{2}.{100,2000}\\xFF[\\xF0\\xF1\\xF8\\xF9]",
        "0:0 - \\xff\\xf0", "0:0 - \\xff\\xf1", "0:0 - \\xff\\xf8", "0:0 - \\xff\\xf9");
    // The optional prefix ends in \s+, which has no bound.
    regex("image/vnd.dxf; format=ascii", "(999\r?\n[^\r\n]{0,64}\\s+)?0\r?\nSECTION\r?\n", "2:8192 - SECTION");
    regex("image/x-portable-bitmap", "P4", "0:0 - P4");
    regex("image/x-portable-graymap", "P5", "0:0 - P5");
    regex("image/x-portable-pixmap", "P6", "0:0 - P6");
    regex("text/html", "(?i)<(html|head|body|title|div)[ >]", "0:0 - <");
    regex("text/html", "(?i)<h[123][ >]", "0:0 - <");
  }

  private static void regex(String mediaType, String expression, String... literals) {
    REGEX_LITERALS.put(mediaType + " " + expression, List.of(literals));
  }

  @Test
  void resourceIsTheOneExtractedFromTikasDatabase() throws Exception {
    String expected = generate();
    if (Boolean.getBoolean("datasieve.regenerate")) {
      Files.writeString(SOURCE, expected, StandardCharsets.US_ASCII);
    }
    String actual;
    try (InputStream in = TextLookalikes.class.getResourceAsStream(TextLookalikes.RESOURCE)) {
      assertNotNull(in, TextLookalikes.RESOURCE);
      actual = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertEquals(expected, actual, "Tika's database changed: regenerate " + SOURCE + " (see this test's javadoc)");
  }

  @Test
  void parsesWhatItWrites() {
    for (TextLookalikes.Signature s : TextLookalikes.signatures()) {
      StringBuilder line = new StringBuilder(s.mediaType());
      for (TextLookalikes.Part p : s.parts()) {
        line.append('\t').append(p.from()).append(':').append(p.to()).append('\t').append(p.ignoreCase() ? 'i' : '-').append('\t');
        for (int e : p.pattern()) {
          line.append(TextLookalikes.escape(e));
        }
      }
      assertEquals(render(s), render(TextLookalikes.parse(line.toString(), 1)), line.toString());
    }
    assertTrue(TextLookalikes.signatures().size() > 300, "the whole database, not a few entries");
    assertThrows(IllegalStateException.class, () -> TextLookalikes.parse("a/b\t0:0\t-\t\\q", 7));
    assertThrows(IllegalStateException.class, () -> TextLookalikes.parse("a/b\t0:0\t-", 7));
  }

  private static String render(TextLookalikes.Signature s) {
    StringBuilder out = new StringBuilder(s.mediaType());
    for (TextLookalikes.Part p : s.parts()) {
      out.append(' ').append(p.from()).append(':').append(p.to()).append(p.ignoreCase()).append(java.util.Arrays.toString(p.pattern()));
    }
    return out.toString();
  }

  @Test
  void matchesOffsetsRangesCaseAndDigits() {
    TextLookalikes.Signature marc = TextLookalikes.parse("application/marc\t0:0\t-\t\\d\\d\\d\\d\\d", 1);
    TextLookalikes.Signature pcx = TextLookalikes.parse("image/vnd.zbrush.pcx\t0:0\t-\t\\x0a\t1:1\t-\t\\x02", 1);
    assertTrue(pcx.couldMatch(ascii("\n\u0002")));
    assertFalse(pcx.couldMatch(ascii("\nid,name")), "a sub-clause must match too");
    assertTrue(marc.couldMatch(ascii("01234cam")));
    assertFalse(marc.couldMatch(ascii("0123,4")));
    assertFalse(marc.couldMatch(ascii("1234")), "shorter than the pattern");
    TextLookalikes.Signature html = TextLookalikes.parse("text/html\t0:64\ti\t<html", 1);
    assertTrue(html.couldMatch(ascii("  <!-- x --> <HTML>")));
    assertFalse(html.couldMatch(ascii(" ".repeat(65) + "<html>")), "past the range");
    assertTrue(TextLookalikes.couldMatch(ascii("%!PS-Adobe-3.0\n")));
    assertTrue(TextLookalikes.couldMatch(ascii("MATLAB 5.0 MAT-file")));
    assertFalse(TextLookalikes.couldMatch(ascii("id,name,email\n1,Ann,ann@example.com\n")));
    assertFalse(TextLookalikes.couldMatch(ascii("{\"id\":1,\"text\":\"hello\"}\n")));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The resource, from the database of the tika-core on the class path. */
  static String generate() throws Exception {
    MimeTypes types = MimeTypes.getDefaultMimeTypes();
    MediaTypeRegistry registry = types.getMediaTypeRegistry();
    org.w3c.dom.Document db;
    try (InputStream in = MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
      db = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    List<String> unknownRegexes = new ArrayList<>();
    org.w3c.dom.NodeList all = db.getDocumentElement().getElementsByTagName("mime-type");
    for (int i = 0; i < all.getLength(); i++) {
      Element mimeType = (Element) all.item(i);
      MediaType type = MediaType.parse(mimeType.getAttribute("type").trim());
      boolean refinedByRoot = type.toString().equals("application/xml") || type.toString().equals("text/html");
      boolean text = type.getType().equals("text") || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN);
      if (text && !refinedByRoot) {
        continue;
      }
      for (Element magic : children(mimeType, "magic")) {
        for (Element clause : topLevelClauses(magic)) {
          for (String line : signatures(type, clause, unknownRegexes)) {
            String key = line.substring(line.indexOf('\t') + 1);
            lines.putIfAbsent(key, line);
          }
        }
      }
    }
    if (!unknownRegexes.isEmpty()) {
      fail("add the necessary literals of these top-level clauses (regular expressions, or masks of zeros)"
          + " to REGEX_LITERALS:\n"
          + String.join("\n", unknownRegexes));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Signatures that text can match, for types Tika does not count as text, and for XML and HTML.\n");
    out.append("# Extracted from tika-core ").append(MimeTypes.class.getPackage().getImplementationVersion())
        .append(" (org/apache/tika/mime/tika-mimetypes.xml) by TextLookalikesTest: do not edit.\n");
    out.append("# media type, offset range, flags (i: ASCII case-insensitive), pattern (\\xHH a byte, \\d a digit)\n");
    for (String line : lines.values()) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The top-level clauses of a magic: any one matching is necessary for the magic to match. */
  private static List<Element> topLevelClauses(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Element match : children(parent, "match")) {
      if (match.hasAttribute("minShouldMatch")) {
        out.addAll(topLevelClauses(match)); // at least one of its children must match
      } else {
        out.add(match);
      }
    }
    return out;
  }

  /**
   * The signatures of a top-level clause, as resource lines: its own part alone, or with the part
   * of each of its sub-clauses that text can match. None when text cannot match it.
   */
  private static List<String> signatures(MediaType type, Element clause, List<String> unknownRegexes) throws Exception {
    List<String> own = parts(type, clause);
    if (own == null) {
      unknownRegexes.add(type + " " + javaString(regexOf(type, clause)));
      return List.of();
    }
    List<Element> subClauses = topLevelClauses(clause);
    List<String> subParts = new ArrayList<>();
    boolean subUnknown = false;
    for (Element sub : subClauses) {
      if (possible(type, sub)) {
        List<String> p = parts(type, sub);
        subUnknown |= p == null;
        if (p != null) {
          subParts.addAll(p);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (String o : own) {
      if (subClauses.isEmpty() || subUnknown) {
        lines.add(type + "\t" + o);
      } else {
        for (String sub : subParts) {
          lines.add(type + "\t" + o + "\t" + sub);
        }
      }
    }
    return lines;
  }

  /** Whether text can match a clause: its own pattern, and one of its sub-clauses if it has some. */
  private static boolean possible(MediaType type, Element clause) throws Exception {
    List<String> own = parts(type, clause);
    if (own != null && own.isEmpty()) {
      return false;
    }
    List<Element> subClauses = topLevelClauses(clause);
    for (Element sub : subClauses) {
      if (possible(type, sub)) {
        return true;
      }
    }
    return subClauses.isEmpty();
  }

  /**
   * The alternative parts ({@code from:to flags pattern}, tab-separated) one of which a head must
   * contain for the clause alone to match: none when text cannot match it, {@code null} when it
   * cannot be told (a regular expression missing from {@link #REGEX_LITERALS}, a mask of zeros).
   */
  private static List<String> parts(MediaType type, Element clause) throws Exception {
    MagicDetector detector = detector(type, clause);
    byte[] pattern = field(detector, "pattern");
    byte[] mask = field(detector, "mask");
    int from = field(detector, "offsetRangeBegin");
    int to = field(detector, "offsetRangeEnd");
    boolean ignoreCase = field(detector, "isStringIgnoreCase");
    boolean regex = field(detector, "isRegex");
    if (regex) {
      List<String> literals = REGEX_LITERALS.get(type + " " + new String(pattern, StandardCharsets.ISO_8859_1));
      if (literals == null) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (String literal : literals) {
        out.add(literal.replace(' ', '\t'));
      }
      return out;
    }
    // From the first to the last byte the mask looks at.
    int first = 0;
    int last = pattern.length - 1;
    while (first <= last && mask[first] == 0) {
      first++;
    }
    while (last >= first && mask[last] == 0) {
      last--;
    }
    if (first > last) {
      return null; // looks at no byte: as a sub-clause it adds nothing, at the top it must be looked at
    }
    StringBuilder p = new StringBuilder();
    for (int i = first; i <= last; i++) {
      int b = pattern[i] & 0xFF;
      int m = mask[i] & 0xFF;
      if (m == 0xFF && b == 0) {
        return List.of(); // text has no NUL
      }
      if (ignoreCase && (b >= 0x80 || m != 0xFF)) {
        fail(type + ": a case-insensitive pattern with a mask or a non-ASCII byte; TextLookalikes folds ASCII only");
      }
      p.append(TextLookalikes.escape(m == 0xFF ? b : TextLookalikes.masked(m, b & m)));
    }
    return List.of((from + first) + ":" + (to + first) + "\t" + (ignoreCase ? "i" : "-") + "\t" + p);
  }

  private static MagicDetector detector(MediaType type, Element clause) {
    String matchType = clause.hasAttribute("type") ? clause.getAttribute("type") : "string";
    return MagicDetector.parse(type, matchType, clause.hasAttribute("offset") ? clause.getAttribute("offset") : null,
        clause.getAttribute("value"), clause.hasAttribute("mask") ? clause.getAttribute("mask") : null);
  }

  private static String regexOf(MediaType type, Element clause) throws Exception {
    byte[] pattern = field(detector(type, clause), "pattern");
    return new String(pattern, StandardCharsets.ISO_8859_1);
  }

  /** MagicDetector decodes a clause exactly as Tika does, but keeps the result private. */
  @SuppressWarnings("unchecked")
  private static <T> T field(MagicDetector detector, String name) throws ReflectiveOperationException {
    Field f = MagicDetector.class.getDeclaredField(name);
    f.setAccessible(true);
    return (T) f.get(detector);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String javaString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (c >= ' ' && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
