package io.datasieve.internal;

import io.datasieve.Issue;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.SourceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams CSV records with {@link CsvTokenizer}. Sniffs the delimiter ({@code , ; TAB |}) from the first
 * 64 Ki chars, decides whether the first row is a header, names fields by header (or {@code
 * column_N}, 1-based), and reports ragged rows and invalid UTF-8 as warnings.
 */
final class CsvRecordSource implements RecordSource {
  static final int SNIFF_CHARS = 1 << 16;
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  private final SourceContext context;
  private final Utf8Reader utf8;
  private final CsvTokenizer tokenizer;
  private final List<FieldPath> header = new ArrayList<>();
  /** The current record's fields, or {@code null} before the first and after the last. */
  private String[] current;
  /** The first row when it turned out to be data, not a header: returned by the first next(). */
  private String[] pendingFirst;
  private long pendingFirstLine;
  private long index;
  private long startLine;

  /** How a file's rows are laid out: its delimiter and header names (empty: no header). */
  record Layout(char delimiter, List<String> header) {}

  private final Layout layout;
  private final long byteBase;

  /**
   * Reads a whole file: sniffs the delimiter (unless forced) and, when {@code headerOverride} is
   * null, whether the first row is a header.
   */
  CsvRecordSource(SourceContext context, InputStream in, char forcedDelimiter, Boolean headerOverride) throws IOException {
    this(context, in, forcedDelimiter, null, 0, 1, 0, true, headerOverride);
  }

  /**
   * Reads one part of a file with a known layout. The part starts at a record boundary: its first
   * record has index {@code firstRecord} and starts at line {@code firstLine}, byte {@code
   * firstByte}; {@code skipHeader} when the part begins with the header row.
   */
  CsvRecordSource(SourceContext context, InputStream in, Layout layout, long firstRecord, long firstLine,
      long firstByte, boolean skipHeader) throws IOException {
    this(context, in, layout.delimiter(), layout, firstRecord, firstLine, firstByte, skipHeader, null);
  }

  private CsvRecordSource(SourceContext context, InputStream in, char delimiter, Layout known,
      long firstRecord, long firstLine, long firstByte, boolean headerMayFollow, Boolean headerOverride)
      throws IOException {
    this.context = context;
    // A byte-order mark is dropped where the file starts; one further on (two exports joined) is
    // text, whichever part of a split file it falls in.
    this.utf8 = new Utf8Reader(in, firstByte == 0);
    this.byteBase = firstByte;
    this.startLine = firstLine;
    this.index = firstRecord - 1;
    BufferedReader buffered = new BufferedReader(utf8, SNIFF_CHARS);
    if (known == null && delimiter == 0) {
      buffered.mark(SNIFF_CHARS);
      char[] head = new char[SNIFF_CHARS];
      int n = buffered.read(head, 0, SNIFF_CHARS);
      buffered.reset();
      delimiter = sniffDelimiter(n > 0 ? new String(head, 0, n) : "");
    }
    this.tokenizer = new CsvTokenizer(buffered, delimiter, context.maxRecordLength(), firstLine);
    List<String> names = known != null ? known.header() : List.of();
    if (headerMayFollow && advance()) {
      String[] first = current;
      boolean isHeader = known != null ? !known.header().isEmpty()
          : headerOverride != null ? headerOverride : looksLikeHeader(first);
      if (isHeader) {
        names = List.of(first);
        current = null;
      } else {
        pendingFirst = first;
        pendingFirstLine = startLine;
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      String unique = name;
      for (int k = 2; !seen.add(unique); k++) {
        unique = name + "_" + k;
      }
      header.add(context.fieldPath(unique));
    }
    this.layout = new Layout(delimiter, List.copyOf(names));
  }

  /** The delimiter and raw header names this source found or was given. */
  Layout layout() {
    return layout;
  }

  private boolean advance() throws IOException {
    try {
      if (!tokenizer.next()) {
        return false;
      }
    } catch (CsvTokenizer.MalformedCsvException e) {
      throw new IOException("malformed CSV in the record starting at line " + tokenizer.recordLine() + ": " + e.getMessage(), e);
    }
    startLine = tokenizer.recordLine();
    current = tokenizer.toArray();
    return true;
  }

  @Override
  public boolean next() throws IOException {
    index++;
    if (pendingFirst != null) {
      current = pendingFirst;
      startLine = pendingFirstLine;
      pendingFirst = null;
    } else if (!advance()) {
      current = null;
      return false;
    }
    if (!header.isEmpty() && current.length > header.size()) {
      context.report(new Issue(Issue.Level.WARNING,
          "record has " + current.length + " fields but the header has " + header.size()
              + "; extra fields are named column_N", index, startLine));
    }
    return true;
  }

  @Override
  public long recordIndex() {
    return index;
  }

  @Override
  public long line() {
    return startLine;
  }

  @Override
  public int fieldCount() {
    return current == null ? 0 : current.length;
  }

  @Override
  public FieldPath field(int i) {
    if (i < header.size()) {
      return header.get(i);
    }
    return context.fieldPath("column_" + (i + 1));
  }

  @Override
  public String value(int i) {
    return current[i];
  }

  @Override
  public void close() throws IOException {
    try {
      utf8.close();
    } finally {
      if (utf8.malformedCount() > 0) {
        context.report(new Issue(Issue.Level.WARNING,
            "invalid UTF-8: " + utf8.malformedCount() + " malformed byte sequences replaced with U+FFFD,"
                + " the first at byte offset " + (byteBase + utf8.firstMalformedOffset())
                + " (of the decompressed content)", null, null));
      }
    }
  }

  /**
   * Picks the delimiter whose count per record (outside quotes) is the same, and non-zero, on the
   * most sampled records; ties go to the larger count, then to the order {@code , ; TAB |}.
   */
  static char sniffDelimiter(String sample) {
    List<int[]> perRecord = new ArrayList<>();
    int[] counts = new int[DELIMITERS.length];
    boolean inQuotes = false;
    int end = sample.length();
    // Ignore a partial last record when the sample was cut.
    if (end == SNIFF_CHARS) {
      int lastNl = sample.lastIndexOf('\n');
      if (lastNl > 0) {
        end = lastNl;
      }
    }
    for (int i = 0; i < end && perRecord.size() < 100; i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < end && sample.charAt(i + 1) == '\n') {
          i++;
        }
        perRecord.add(counts);
        counts = new int[DELIMITERS.length];
      } else if (!inQuotes) {
        for (int d = 0; d < DELIMITERS.length; d++) {
          if (c == DELIMITERS[d]) {
            counts[d]++;
          }
        }
      }
    }
    perRecord.add(counts);
    perRecord.removeIf(r -> java.util.Arrays.stream(r).sum() == 0 && perRecord.size() > 1);
    int best = 0;
    long bestScore = -1;
    for (int d = 0; d < DELIMITERS.length; d++) {
      // Mode of this delimiter's count over records, and how many records share it.
      java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
      for (int[] r : perRecord) {
        freq.merge(r[d], 1, Integer::sum);
      }
      int modeCount = 0;
      int modeValue = 0;
      for (var e : freq.entrySet()) {
        if (e.getKey() > 0 && (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > modeValue))) {
          modeCount = e.getValue();
          modeValue = e.getKey();
        }
      }
      long score = modeCount == 0 ? 0 : (long) modeCount * 1000 + Math.min(modeValue, 999);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return bestScore <= 0 ? ',' : DELIMITERS[best];
  }

  /**
   * A header row has at least one cell, every cell non-blank, unique, at most 100 chars, with a
   * letter, and no cell that looks like data (mostly digits, an email, a long sentence).
   */
  static boolean looksLikeHeader(String[] first) {
    Set<String> seen = new HashSet<>();
    int named = 0;
    for (String raw : first) {
      String cell = raw.strip();
      if (cell.isEmpty()) {
        continue; // allowed: becomes column_N
      }
      if (cell.length() > 100 || !seen.add(cell) || cell.indexOf('@') >= 0) {
        return false;
      }
      int letters = 0;
      int digits = 0;
      int spaces = 0;
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
        } else if (Character.isDigit(c)) {
          digits++;
        } else if (c == ' ') {
          spaces++;
        }
      }
      if (letters == 0 || digits > letters || spaces > 5) {
        return false;
      }
      named++;
    }
    return named > 0;
  }
}
