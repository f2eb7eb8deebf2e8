package io.datasieve.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.datasieve.Issue;
import io.datasieve.spi.FlatRecordSource;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Streams JSON Lines. Lines are split at the byte level, so one bad line (invalid JSON, invalid
 * UTF-8, too deep, too long) becomes an error issue naming its line and the next line is read as
 * usual. Each line's values are flattened to JSON paths ({@code $.messages[2].content}); strings,
 * numbers and booleans are values, nulls are not.
 */
final class JsonlRecordSource extends FlatRecordSource {
  static final int MAX_DEPTH = JsonValueFlattener.MAX_DEPTH;
  private static final Pattern QUOTED = Pattern.compile("('[^']*'|\"[^\"]*\")");

  private final SourceContext context;
  private final InputStream in;
  private final JsonFactory factory;
  private final int maxLine;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1 << 12];
  private int lineLength;
  private long lineIndex;

  private final JsonValueFlattener flattener;

  /** Reads lines from {@code in}; the first one has the 0-based index {@code firstLine}. */
  JsonlRecordSource(SourceContext context, InputStream in, long firstLine) {
    this.context = context;
    this.in = in;
    this.lineIndex = firstLine - 1;
    this.flattener = new JsonValueFlattener(context);
    this.maxLine = context.maxRecordLength();
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Math.max(maxLine, 1))
                    .maxNumberLength(10_000)
                    .build())
            .build();
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      int state = readLine();
      if (state < 0) {
        return false;
      }
      lineIndex++;
      if (state == 0) {
        context.report(new Issue(Issue.Level.ERROR,
            "line is longer than the limit of " + maxLine + " bytes; it was skipped", lineIndex, lineIndex + 1));
        continue;
      }
      record.clear();
      if (isBlank()) {
        return true;
      }
      try {
        flatten();
        return true;
      } catch (JsonProcessingException e) {
        record.clear();
        context.report(new Issue(Issue.Level.ERROR,
            "invalid JSON, line skipped: " + describe(e), lineIndex, lineIndex + 1));
      }
    }
  }

  /** Reads one line into {@code line}: 1 when read, 0 when too long (skipped), -1 at the end. */
  private int readLine() throws IOException {
    lineLength = 0;
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (pos == limit) {
        if (eof || !refill()) {
          if (!any) {
            return -1;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl >= 0 ? nl : limit;
      if (!tooLong) {
        int n = end - start;
        if ((long) lineLength + n > maxLine) {
          tooLong = true;
        } else {
          ensure(lineLength + n);
          System.arraycopy(buf, start, line, lineLength, n);
          lineLength += n;
        }
      }
      pos = nl >= 0 ? nl + 1 : limit;
      if (nl >= 0) {
        break;
      }
    }
    if (tooLong) {
      line = new byte[1 << 12]; // give back the large buffer
      return 0;
    }
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return 1;
  }

  private boolean refill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = n < 0;
      pos = limit = 0;
      return n == 0 ? refill() : false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLine, line.length * 2)));
    }
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void flatten() throws IOException {
    try (JsonParser p = factory.createParser(line, 0, lineLength)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return;
      }
      flattener.value(p, first, record, Long.MAX_VALUE); // the line length is already bounded
      if (p.nextToken() != null) {
        throw new JsonTokenAfterValueException(p);
      }
    }
  }

  /** Jackson messages can quote the offending token: keep the reason, drop quoted content. */
  static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    m = QUOTED.matcher(m).replaceAll("'…'");
    if (e instanceof StreamConstraintsException) {
      m = "a limit was exceeded: " + m;
    }
    if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      m += " (column " + e.getLocation().getColumnNr() + ")";
    }
    return m;
  }

  /** More than one JSON value on a line. */
  static final class JsonTokenAfterValueException extends JsonProcessingException {
    JsonTokenAfterValueException(JsonParser p) {
      super("more than one JSON value on the line", p.currentLocation(), null);
    }
  }

  @Override
  public long recordIndex() {
    return lineIndex;
  }

  @Override
  public long line() {
    return lineIndex + 1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
