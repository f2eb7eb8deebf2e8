package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@link CsvTokenizer} against commons-csv, the parser it replaced, and on its own rules. */
class CsvTokenizerTest {

  /** Records, then "ERROR" if the parse failed: what a reader of the text gets. */
  private static List<List<String>> commons(String text, char delimiter) {
    List<List<String>> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true).get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        out.add(r.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      out.add(List.of("ERROR"));
    }
    return out;
  }

  private static List<List<String>> ours(Reader in, char delimiter, int maxChars) {
    List<List<String>> out = new ArrayList<>();
    CsvTokenizer t = new CsvTokenizer(in, delimiter, maxChars, 1);
    try {
      while (t.next()) {
        out.add(List.of(t.toArray()));
      }
    } catch (IOException e) {
      out.add(List.of("ERROR"));
    }
    return out;
  }

  /** A reader that hands out a few chars at a time, so fields and line breaks straddle refills. */
  private static Reader trickle(String text, Random random) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (at == text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, 1 + random.nextInt(7)), text.length() - at);
        text.getChars(at, at + n, cbuf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void randomTextReadsAsCommonsCsvReadsIt() {
    // Every char that matters to the format, often; a few that do not.
    String alphabet = ",,;\t\"\"\"\n\r  ab1é\u00a0\u2028x";
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(round % 10 == 0 ? 400 : 40);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      char delimiter = round % 3 == 0 ? ';' : round % 7 == 0 ? '\t' : ',';
      List<List<String>> expected = commons(text, delimiter);
      assertEquals(expected, ours(new StringReader(text), delimiter, Integer.MAX_VALUE), () -> "text " + escape(text));
      assertEquals(expected, ours(trickle(text, random), delimiter, Integer.MAX_VALUE), () -> "trickled text " + escape(text));
    }
  }

  @Test
  void wellFormedTablesReadAsCommonsCsvReadsThem() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int rows = 1 + random.nextInt(60);
      for (int r = 0; r < rows; r++) {
        int cols = 1 + random.nextInt(6);
        for (int c = 0; c < cols; c++) {
          if (c > 0) {
            sb.append(',');
          }
          String cell = randomCell(random);
          boolean quote = random.nextInt(3) == 0 || cell.indexOf(',') >= 0 || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0 || cell.startsWith("\"");
          sb.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        sb.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        if (random.nextInt(10) == 0) {
          sb.append('\n'); // an empty line
        }
      }
      String text = random.nextBoolean() ? sb.toString() : sb.substring(0, sb.length() - 1);
      List<List<String>> expected = commons(text, ',');
      assertFalse(expected.contains(List.of("ERROR")), text);
      assertEquals(expected, ours(trickle(text, random), ',', Integer.MAX_VALUE));
    }
  }

  private static String randomCell(Random random) {
    String[] parts = {"Maria", "O'Brien", " ", "\"", ",", "\n", "\r\n", "5309", "é", "ok", "", "a\"b"};
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      sb.append(parts[random.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  @Test
  void aLongFieldAcrossManyBuffersIsReadWhole() throws IOException {
    String big = "x".repeat(300_000);
    String quoted = "y\"".repeat(100_000);
    String text = "a," + big + ",\"" + quoted.replace("\"", "\"\"") + "\"\nb,c\n";
    CsvTokenizer t = new CsvTokenizer(new StringReader(text), ',', Integer.MAX_VALUE, 1);
    assertTrue(t.next());
    assertEquals(List.of("a", big, quoted), List.of(t.toArray()));
    assertTrue(t.next());
    assertEquals(List.of("b", "c"), List.of(t.toArray()));
    assertEquals(2, t.recordLine());
    assertFalse(t.next());
  }

  @Test
  void recordLinesCountEveryLineBreakAndSkippedLine() throws IOException {
    String text = "\n\na,\"one\r\ntwo\rthree\"\r\n\r\nb\rc\n\"x\ny\",z";
    CsvTokenizer t = new CsvTokenizer(new StringReader(text), ',', Integer.MAX_VALUE, 10);
    List<Long> lines = new ArrayList<>();
    while (t.next()) {
      lines.add(t.recordLine());
    }
    // a... on line 12 (two empty lines first) spans 12-14; an empty line; b on 16, c on 17, "x y" on 18.
    assertEquals(List.of(12L, 16L, 17L, 18L), lines);
  }

  @Test
  void malformedQuotingFailsNamingTheLine() {
    CsvTokenizer open = new CsvTokenizer(new StringReader("a,b\nc,\"open\nd\n"), ',', Integer.MAX_VALUE, 1);
    IOException e = assertThrows(IOException.class, () -> {
      while (open.next()) {
        // read to the failure
      }
    });
    assertTrue(e.getMessage().contains("opens on line 2"), e.getMessage());
    assertEquals(2, open.recordLine());

    CsvTokenizer trailing = new CsvTokenizer(new StringReader("a\n\"zz\"Secret9,b\n"), ',', Integer.MAX_VALUE, 1);
    e = assertThrows(IOException.class, () -> {
      while (trailing.next()) {
        // read to the failure
      }
    });
    assertTrue(e.getMessage().contains("on line 2"), e.getMessage());
    assertFalse(e.getMessage().contains("Secret9") || e.getMessage().contains("zz"), "no content in the message: " + e.getMessage());
  }

  @Test
  void aRecordOverTheLimitFailsAndAShorterOneDoesNot() throws IOException {
    String text = "ok," + "z".repeat(99) + "\n" + "z".repeat(200_000) + "\nnever\n";
    CsvTokenizer t = new CsvTokenizer(new StringReader(text), ',', 102, 1);
    assertTrue(t.next());
    assertEquals(102, t.get(0).length() + 1 + t.get(1).length());
    IOException e = assertThrows(RecordTooLongException.class, t::next);
    assertTrue(e.getMessage().contains("limit of 102 chars"), e.getMessage());
    CsvTokenizer quoted = new CsvTokenizer(new StringReader("\"" + "q".repeat(200_000)), ',', 1000, 1);
    assertThrows(RecordTooLongException.class, quoted::next);
  }

  @Test
  void theLimitCountsARecordsCharsWhereverTheBufferEnds() throws IOException {
    // A record of exactly the limit whose CR ends one read and whose LF starts the next.
    Reader split = new Reader() {
      private final String[] reads = {"abc\r", "\nd"};
      private int next;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (next == reads.length) {
          return -1;
        }
        String r = reads[next++];
        r.getChars(0, r.length(), cbuf, off);
        return r.length();
      }

      @Override
      public void close() {}
    };
    assertEquals(List.of(List.of("abc"), List.of("d")), ours(split, ',', 3));
    // Many empty lines between two short records: none of them is part of a record.
    String blanks = "x" + "\r\n".repeat(40_000) + "y";
    assertEquals(List.of(List.of("x"), List.of("y")), ours(new StringReader(blanks), ',', 10));
  }

  @Test
  void aQuoteOrALineBreakCannotBeTheDelimiter() {
    for (char d : new char[] {'"', '\n', '\r'}) {
      assertThrows(IllegalArgumentException.class, () -> new CsvTokenizer(new StringReader(""), d, 10, 1));
    }
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
