package io.datasieve.internal;

import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.scan;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.Scanner;
import io.datasieve.spi.ContentSample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentSnifferTest {
  @TempDir Path dir;

  /** A head: the Latin-1 bytes of the string, padded to 64 bytes with binary filler. */
  private static byte[] head(String start) {
    byte[] s = start.getBytes(StandardCharsets.ISO_8859_1);
    byte[] h = Arrays.copyOf(s, Math.max(64, s.length));
    for (int i = s.length; i < h.length; i++) {
      h[i] = (byte) (i * 37);
    }
    return h;
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Magic-byte cases: the head, the media type the sniffer gives without Tika, what a CSV reader
   * says about it (a fragment of the reason; empty: accepted), and Tika's own answer when it knows
   * the format ({@code null}: Tika does not, or does not say more than "binary").
   */
  static Stream<Arguments> magicBytes() {
    byte[] tar = new byte[600];
    System.arraycopy(text("ustar\u000000"), 0, tar, 257, 8);
    byte[] safetensors = new byte[64];
    safetensors[0] = (byte) 0x80; // a header length of 0x380, whose first bytes look like pickle protocol 3
    safetensors[1] = 3;
    System.arraycopy(text("{\"__metadata__\":{}}"), 0, safetensors, 8, 19);
    return Stream.of(
        Arguments.of("Parquet", head("PAR1\u0015\u0004"), "application/x-parquet", "Apache Parquet", "application/x-parquet"),
        Arguments.of("gzip", head("\u001f\u008b\u0008\u0000"), "application/gzip", "gzip", "application/gzip"),
        Arguments.of("zip", head("PK\u0003\u0004\u0014\u0000"), "application/zip", "zip archive", "application/zip"),
        Arguments.of("empty zip", head("PK\u0005\u0006\u0000\u0000"), "application/zip", "zip archive", "application/zip"),
        Arguments.of("7z", head("7z\u00bc\u00af\u0027\u001c\u0000\u0004"), "application/x-7z-compressed", "7-Zip", "application/x-7z-compressed"),
        Arguments.of("bzip2", head("BZh91AY&SY"), "application/x-bzip2", "bzip2", "application/x-bzip2"),
        Arguments.of("xz", head("\u00fd7zXZ\u0000\u0000"), "application/x-xz", "xz", "application/x-xz"),
        Arguments.of("zstd", head("\u0028\u00b5\u002f\u00fd\u0024"), "application/zstd", "zstd", "application/zstd"),
        Arguments.of("lz4", head("\u0004\"M\u0018\u0064"), "application/x-lz4", "lz4", "application/x-lz4"),
        Arguments.of("tar", tar, "application/x-tar", "tar archive", "application/x-tar"),
        Arguments.of("PDF", head("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"), "application/pdf", "PDF", "application/pdf"),
        Arguments.of("OLE2 (xls, doc)", head("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000\u0000"), "application/x-tika-msoffice", "OLE2 document", "application/x-tika-msoffice"),
        Arguments.of("SQLite", head("SQLite format 3\u0000\u0010\u0000"), "application/x-sqlite3", "SQLite", "application/x-sqlite3"),
        Arguments.of("HDF5", head("\u0089HDF\r\n\u001a\n\u0000\u0000"), "application/x-hdf", "HDF5", "application/x-hdf"),
        Arguments.of("Avro", head("Obj\u0001\u0004\u0014avro.schema"), "application/avro", "Avro", null),
        Arguments.of("Arrow", head("ARROW1\u0000\u0000\u00ff\u00ff"), "application/vnd.apache.arrow.file", "Arrow", null),
        Arguments.of("NumPy", head("\u0093NUMPY\u0001\u0000v\u0000{'descr'"), "application/x-npy", "NumPy", null),
        Arguments.of("pickle protocol 2", head("\u0080\u0002}q\u0000(X"), "application/x-python-pickle", "pickle", null),
        Arguments.of("pickle protocol 4", head("\u0080\u0004\u0095\u0012\u0000\u0000\u0000"), "application/x-python-pickle", "pickle", null),
        Arguments.of("safetensors", safetensors, "application/x-safetensors", "safetensors", null),
        Arguments.of("GGUF", head("GGUF\u0003\u0000\u0000\u0000"), "application/x-gguf", "GGUF", null),
        Arguments.of("PNG", head("\u0089PNG\r\n\u001a\n\u0000\u0000"), "image/png", "PNG", "image/png"),
        Arguments.of("JPEG", head("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF"), "image/jpeg", "JPEG", "image/jpeg"),
        Arguments.of("GIF", head("GIF89a\u0001\u0000"), "image/gif", "GIF", "image/gif"),
        Arguments.of("ELF", head("\u007fELF\u0002\u0001\u0001\u0000"), "application/x-elf", "ELF", "application/x-elf"),
        Arguments.of("WebAssembly", head("\u0000asm\u0001\u0000\u0000\u0000"), "application/wasm", "WebAssembly", "application/wasm"),
        Arguments.of("UTF-16LE BOM", utf16le("\ufeffid,name\n1,Ann\n"),
            "text/plain; charset=UTF-16LE", "UTF-16LE text", null),
        Arguments.of("UTF-16BE BOM", "\ufeffid,name\n1,Ann\n".getBytes(StandardCharsets.UTF_16BE),
            "text/plain; charset=UTF-16BE", "UTF-16BE text", null),
        Arguments.of("UTF-16LE without BOM", utf16le("id,name\n1,Ann\n2,Bob\n"), "text/plain; charset=UTF-16LE", "UTF-16LE text", null),
        Arguments.of("UTF-16BE without BOM", "id,name\n1,Ann\n2,Bob\n".getBytes(StandardCharsets.UTF_16BE),
            "text/plain; charset=UTF-16BE", "UTF-16BE text", null),
        Arguments.of("UTF-32LE BOM", utf32("\ufeffid\n", true), "text/plain; charset=UTF-32LE", "UTF-32LE text", null),
        Arguments.of("UTF-32BE BOM", utf32("\ufeffid\n", false), "text/plain; charset=UTF-32BE", "UTF-32BE text", null),
        Arguments.of("CSV", text("id,name,email\n1,Ann,ann@example.com\n"), "text/plain", "", null),
        Arguments.of("CSV with a UTF-8 BOM", text("\ufeffid;name\n1;Zoë\n"), "text/plain", "", null),
        Arguments.of("Latin-1 CSV", "id,name\n1,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1), "text/plain", "", null),
        Arguments.of("JSONL", text("{\"id\":1,\"text\":\"hi\"}\n{\"id\":2}\n"), "text/plain", "", null),
        Arguments.of("JSON array", text("[\n  {\"a\": [1, 2]}\n]\n"), "text/plain", "", null),
        Arguments.of("empty", new byte[0], "text/plain", "", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("magicBytes")
  void magicBytesDecideWithoutTika(String name, byte[] head, String mediaType, String csvReason, String tikaType) {
    int before = ContentSniffer.tikaDetections();
    ContentSample sample = ContentSniffer.sample(head);
    assertEquals(mediaType, sample.mediaType(), name);
    String rejected = ContentSniffer.rejectNonText(sample, "CSV");
    if (csvReason.isEmpty()) {
      assertNull(rejected, name);
    } else {
      assertNotNull(rejected, name);
      assertTrue(rejected.contains(csvReason) && rejected.contains(" CSV "), rejected);
    }
    assertEquals(before, ContentSniffer.tikaDetections(), "decided without Tika's database");
  }

  /** Where Tika knows a format, the sniffer names it as Tika does, or by a type Tika's generalises to. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("magicBytes")
  void knownFormatsAgreeWithTika(String name, byte[] head, String mediaType, String csvReason, String tikaType) {
    if (tikaType == null) {
      return;
    }
    String tika = ContentSniffer.tikaType(head);
    assertEquals(tikaType, tika, name);
    assertTrue(MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry()
        .isSpecializationOf(MediaType.parse(tika), MediaType.parse(mediaType)) || tika.equals(mediaType), tika);
  }

  @Test
  void binaryThatNoSignatureNamesIsNamedByTika() {
    byte[] mpeg = head("\u0000\u0000\u0001\u00ba\u0044\u0000");
    int before = ContentSniffer.tikaDetections();
    ContentSample sample = ContentSniffer.sample(mpeg);
    assertEquals("video/mpeg", sample.mediaType());
    assertEquals(before + 1, ContentSniffer.tikaDetections());
    assertEquals("the content is video/mpeg, not CSV text", ContentSniffer.rejectNonText(sample, "CSV"));
    byte[] noise = new byte[256];
    new Random(7).nextBytes(noise);
    noise[0] = 0;
    assertTrue(ContentSniffer.rejectNonText(ContentSniffer.sample(noise), "CSV").contains("binary"));
  }

  /** Text that looks like a format to Tika goes to Tika, which rejects it as before. */
  @Test
  void textLookalikesAreLeftToTika() {
    for (String s : List.of("%!PS-Adobe-3.0\n%%Pages: 1\n", "-----BEGIN CERTIFICATE-----\nMIIB\n", "MZ,header\n1,2\n",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")) {
      byte[] h = text(s);
      int before = ContentSniffer.tikaDetections();
      ContentSample sample = ContentSniffer.sample(h);
      assertEquals(before + 1, ContentSniffer.tikaDetections(), s);
      assertEquals(ContentSniffer.tikaType(h), sample.mediaType(), s);
      assertEquals(tikaAlone(h) == null, ContentSniffer.rejectNonText(sample, "CSV") == null, s);
    }
    assertTrue(ContentSniffer.rejectNonText(ContentSniffer.sample(text("%!PS-Adobe-3.0\n")), "CSV").contains("postscript"));
  }

  /**
   * The sniffer accepts and rejects exactly what Tika's database alone did, on text built to be
   * near its signatures: each one in place, with a byte changed, shifted, or cut short, in CSV-like
   * surroundings; and on random text.
   */
  @Test
  void acceptsAndRejectsWhatTikaAloneDid() {
    Random random = new Random(20261202);
    List<byte[]> heads = new ArrayList<>();
    String[] prefixes = {"", "id,name\n", "0", "\r\n", "%", "<", "PK", "MM", "BM", "ID3", "x^", "solid ", "07070"};
    for (TextLookalikes.Signature s : TextLookalikes.signatures()) {
      byte[] exact = csvAround(s, random);
      heads.add(exact);
      byte[] changed = exact.clone();
      int at = s.parts().get(0).from() + random.nextInt(s.parts().get(0).pattern().length);
      changed[at] = (byte) (changed[at] ^ (1 << random.nextInt(7)));
      heads.add(changed);
      heads.add(Arrays.copyOfRange(exact, 1, exact.length));
      heads.add(Arrays.copyOf(exact, Math.max(1, s.parts().get(0).from() + s.parts().get(0).pattern().length - 1)));
    }
    String alphabet = "abcXYZ0123456789,;\t\n\r\"'{}[]<>!%#-=:/ \u00e9\u00ff\u0001";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int n = random.nextInt(200);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      heads.add(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
    int checked = 0;
    int rejected = 0;
    int withoutTika = 0;
    for (byte[] h : heads) {
      if (ContentSniffer.looksBinary(h)) {
        continue;
      }
      withoutTika += TextLookalikes.couldMatch(h) ? 0 : 1;
      String tika = tikaAlone(h);
      rejected += tika == null ? 0 : 1;
      String sniffer = ContentSniffer.rejectNonText(ContentSniffer.sample(h), "CSV");
      assertEquals(tika == null, sniffer == null,
          () -> "head " + Arrays.toString(Arrays.copyOf(h, Math.min(h.length, 48))) + ": Tika alone " + tika + ", now " + sniffer);
      checked++;
    }
    assertTrue(checked > 2000 && rejected > 300 && withoutTika > 1000,
        "checked " + checked + ", rejected " + rejected + ", decided without Tika " + withoutTika);
  }

  /** Text with the signature's parts in place: the first at its first offset, CSV-like bytes elsewhere. */
  private static byte[] csvAround(TextLookalikes.Signature s, Random random) {
    byte[] h = new byte[Math.max(600, s.parts().get(0).from() + 64)];
    byte[] row = text("id,name,note\n1,Ann Lee,hello\n");
    for (int i = 0; i < h.length; i++) {
      h[i] = row[i % row.length];
    }
    for (TextLookalikes.Part p : s.parts()) {
      if (p.from() + p.pattern().length > h.length) {
        return h;
      }
      for (int i = 0; i < p.pattern().length; i++) {
        int e = p.pattern()[i];
        h[p.from() + i] = (byte) (e == 0x100 ? '0' + random.nextInt(10) : e > 0xFF ? (e & 0xFF) : e);
      }
    }
    return h;
  }

  /** What rejectNonText said when every head went to Tika's database. */
  private static String tikaAlone(byte[] h) {
    if (h.length >= 2 && ((h[0] == (byte) 0xFF && h[1] == (byte) 0xFE) || (h[0] == (byte) 0xFE && h[1] == (byte) 0xFF))) {
      return "UTF-16";
    }
    String type = h.length == 0 ? "text/plain" : ContentSniffer.tikaType(h);
    if (!type.equals("application/octet-stream") && !ContentSniffer.isTextType(type)) {
      return type;
    }
    return ContentSniffer.looksBinary(h) ? "binary" : null;
  }

  @Test
  void plainCsvJsonlAndJsonScansNeverAskTika() {
    Scanner scanner = tokenScanner().build();
    int before = ContentSniffer.tikaDetections();
    List<Path> files = List.of(
        write(dir, "a.csv", "id,secret\n1,tok_csv\n"),
        write(dir, "b.tsv", "\ufeffid\tsecret\n1\ttok_tsv\n"),
        write(dir, "c.jsonl", "{\"id\":1,\"secret\":\"tok_jsonl\"}\n{\"id\":2}\n"),
        write(dir, "d.json", "[{\"id\":1,\"secret\":\"tok_json\"}]"),
        write(dir, "e.csv.gz", "id,secret\n1,tok_gz\n"),
        write(dir, "f.csv", ""));
    for (Path f : files) {
      ResourceReport r = scan(scanner, f);
      assertStatus(ResourceStatus.COMPLETE, r);
    }
    // Misnamed binary formats with a signature are rejected without it too.
    ResourceReport zip = scan(scanner, write(dir, "g.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
    assertStatus(ResourceStatus.FAILED, zip);
    assertTrue(zip.issues().get(0).message().startsWith("content does not match format CSV: the content is application/zip (a zip archive: "), zip.issues().toString());
    assertEquals(before, ContentSniffer.tikaDetections(), "Tika's database was consulted");
  }

  @Test
  void utf16WithoutBomIsNamed() {
    ResourceReport r = scan(tokenScanner().build(), write(dir, "w.csv", utf16le("id,name\n1,tok_x\n")));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("UTF-16LE text; only UTF-8 CSV is supported"), r.issues().toString());
    assertFalse(ContentSniffer.isTextType("application/zip"));
    assertTrue(ContentSniffer.isTextType("text/plain; charset=UTF-16LE"));
  }

  private static byte[] utf16le(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] utf32(String s, boolean littleEndian) {
    int[] cps = s.codePoints().toArray();
    byte[] out = new byte[cps.length * 4];
    for (int i = 0; i < cps.length; i++) {
      for (int b = 0; b < 4; b++) {
        int shift = littleEndian ? 8 * b : 8 * (3 - b);
        out[4 * i + b] = (byte) (cps[i] >>> shift);
      }
    }
    return out;
  }
}
