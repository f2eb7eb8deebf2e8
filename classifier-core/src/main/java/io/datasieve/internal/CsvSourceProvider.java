package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import io.datasieve.spi.Split;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@code .csv}, {@code .tsv} and {@code .psv} files (optionally gzip-compressed). */
public final class CsvSourceProvider implements RecordSourceProvider {

  /** One part of a split CSV file: a byte range starting at a record boundary, and the layout. */
  record CsvPart(FileRange range, CsvRecordSource.Layout layout) implements Split {
    @Override
    public long firstRecord() {
      return range.firstRecord();
    }
  }

  @Override
  public DataFormat format() {
    return DataFormat.CSV;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("csv", "tsv", "psv", "tab");
  }

  @Override
  public String rejectContent(ContentSample sample) {
    return ContentSniffer.rejectNonText(sample, "CSV");
  }

  @Override
  public String checkOption(String key, String value) {
    switch (key) {
      case "csv.header":
        return value.equals("auto") || value.equals("yes") || value.equals("no") ? null : "expected auto, yes or no";
      case "csv.delimiter":
        return value.equals("tab") || value.length() == 1 && ",;|\t:".indexOf(value.charAt(0)) >= 0
            ? null : "expected one of , ; | : or tab";
      default:
        return "unknown option (csv.header, csv.delimiter)";
    }
  }

  @Override
  public RecordSource open(SourceContext context) throws IOException {
    return new CsvRecordSource(context, context.openStream(), forcedDelimiter(context), header(context));
  }

  /** {@code null} to detect, else whether the first row is a header. */
  static Boolean header(SourceContext context) {
    String h = context.option("csv.header");
    return h == null || h.equals("auto") ? null : h.equals("yes");
  }

  private static char forcedDelimiter(SourceContext context) {
    String d = context.option("csv.delimiter");
    if (d != null) {
      return d.equals("tab") ? '\t' : d.charAt(0);
    }
    String name = context.resource().fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return '\t';
    }
    return name.endsWith(".psv") ? '|' : 0;
  }

  /**
   * Learns the layout from the head of the file, then cuts it at record boundaries found by a
   * byte-level scan that follows the parser's quoting rules: a quote opens a quoted field only at
   * the start of a field, {@code ""} inside one is a literal quote, and newlines inside quotes do
   * not end a record; empty lines are not records. Delimiters, quotes and newlines are ASCII, which
   * never occurs inside a multi-byte UTF-8 sequence, so bytes can be scanned without decoding.
   */
  @Override
  public List<CsvPart> split(SourceContext context, Path file, long targetBytes) throws IOException {
    List<CsvPart> parts = new ArrayList<>();
    split(context, file, targetBytes, part -> parts.add((CsvPart) part));
    return parts;
  }

  /** Hands on each part as soon as the scan has found where it ends. */
  @Override
  public void split(SourceContext context, Path file, long targetBytes, Consumer<? super Split> parts) throws IOException {
    long size = Files.size(file);
    if (size < 2 * targetBytes) {
      return;
    }
    CsvRecordSource.Layout layout;
    try (InputStream in = Files.newInputStream(file);
        CsvRecordSource head = new CsvRecordSource(new QuietContext(context), in, forcedDelimiter(context), header(context))) {
      layout = head.layout();
    }
    long headerRows = layout.header().isEmpty() ? 0 : 1;
    long[] start = {0, 0, 1}; // offset, record, line of the part being scanned
    BoundaryScan scan = new BoundaryScan((byte) layout.delimiter(), targetBytes, size, (end, records, lines) -> {
      parts.accept(new CsvPart(new FileRange(start[0], end, start[1], start[2]), layout));
      start[0] = end;
      start[1] = records - headerRows;
      start[2] = lines + 1;
    });
    FileRange.scan(file, scan::feed);
    if (start[0] > 0) {
      parts.accept(new CsvPart(new FileRange(start[0], size, start[1], start[2]), layout));
    }
  }

  @Override
  public RecordSource open(SourceContext context, Split part) throws IOException {
    CsvPart p = (CsvPart) part;
    FileRange r = p.range();
    InputStream in = r.open(context.resource().localPath().orElseThrow());
    return new CsvRecordSource(context, in, p.layout(), r.firstRecord(), r.firstLine(), r.start(), r.start() == 0);
  }

  /**
   * Follows quoting byte by byte, as {@link CsvTokenizer} reads it, and hands on a cut (offset after
   * a line break, records and lines before it) at the first record end past each multiple of the
   * target size. Line breaks are LF, CR or CRLF (one break); cuts fall after an LF, so a CRLF is
   * never cut in two, and after a lone CR only when the next byte is known not to be an LF. The
   * loop keeps its state in locals: it runs over every byte of the file.
   */
  static final class BoundaryScan {
    /** Receives a cut. */
    interface Cuts {
      void cut(long end, long records, long lines);
    }

    private final byte delimiter;
    private final long targetBytes;
    private final long size;
    private final Cuts cuts;
    private long nextCut;
    private boolean inQuotes;
    private boolean quoteMayBeEscaped;
    private boolean fieldStart = true;
    private boolean content;
    /** The last byte was a CR (whose LF, if one follows, belongs to the same break). */
    private boolean afterCr;
    private long records;
    private long lines;

    BoundaryScan(byte delimiter, long targetBytes, long size, Cuts cuts) {
      this.delimiter = delimiter;
      this.targetBytes = targetBytes;
      this.size = size;
      this.cuts = cuts;
      this.nextCut = targetBytes;
    }

    void feed(byte[] a, int n, long offset) {
      boolean inQ = inQuotes;
      boolean esc = quoteMayBeEscaped;
      boolean fs = fieldStart;
      boolean ct = content;
      boolean cr = afterCr;
      long rec = records;
      long ln = lines;
      byte d = delimiter;
      // The tokenizer drops a byte-order mark where the file starts: so does the scan.
      int first = offset == 0 && n >= 3 && a[0] == (byte) 0xEF && a[1] == (byte) 0xBB && a[2] == (byte) 0xBF ? 3 : 0;
      for (int i = first; i < n; i++) {
        byte b = a[i];
        boolean lf = b == '\n';
        if (cr && !lf && !inQ) {
          // The break before this byte was a lone CR, outside quotes: a cut may fall after it.
          long end = offset + i;
          if (end >= nextCut && end < size && fs && !ct) {
            cuts.cut(end, rec, ln);
            nextCut = end + targetBytes;
          }
        }
        boolean wasCr = cr;
        cr = b == '\r';
        if (esc) {
          esc = false;
          if (b == '"') {
            inQ = true; // "" inside a quoted field
            continue;
          }
        }
        if (inQ) {
          if (b == '"') {
            inQ = false;
            esc = true;
          } else if (cr || lf && !wasCr) {
            ln++;
          }
          continue;
        }
        if (lf || cr) {
          if (!(lf && wasCr)) {
            ln++; // the LF of a CRLF ended nothing more
          }
          fs = true;
          if (ct) {
            ct = false;
            rec++;
          }
          long end = offset + i + 1;
          if (lf && end >= nextCut && end < size) {
            cuts.cut(end, rec, ln);
            nextCut = end + targetBytes;
          }
        } else if (b == d) {
          fs = true;
          ct = true;
        } else {
          if (b == '"' && fs) {
            inQ = true;
          }
          fs = false;
          ct = true;
        }
      }
      inQuotes = inQ;
      quoteMayBeEscaped = esc;
      fieldStart = fs;
      content = ct;
      afterCr = cr;
      records = rec;
      lines = ln;
    }
  }

  /** Reads the head for the layout without reporting its issues twice. */
  private record QuietContext(SourceContext delegate) implements SourceContext {
    @Override
    public io.datasieve.DatasetResource resource() {
      return delegate.resource();
    }

    @Override
    public InputStream openStream() {
      throw new IllegalStateException("not used");
    }

    @Override
    public int maxRecordLength() {
      return delegate.maxRecordLength();
    }

    @Override
    public String option(String key) {
      return delegate.option(key);
    }

    @Override
    public void report(io.datasieve.Issue issue) {
      // The parts report the same problems.
    }

    @Override
    public io.datasieve.spi.FieldPath fieldPath(String path) {
      return delegate.fieldPath(path);
    }
  }
}
