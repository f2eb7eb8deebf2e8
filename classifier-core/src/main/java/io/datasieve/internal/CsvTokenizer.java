package io.datasieve.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV text into records of fields, as RFC 4180 and commons-csv's {@code DEFAULT} format
 * (with empty lines skipped) read it: fields are separated by one delimiter char; a field that
 * starts with {@code "} is quoted, may hold delimiters and line breaks, and writes a quote as
 * {@code ""}; after its closing quote only whitespace may come before the delimiter or the end
 * of the line; a quote inside an unquoted field is an ordinary char; a record ends at LF, CR or
 * CRLF outside quotes, or at the end of the input; lines with nothing on them are no records.
 *
 * <p>Why not commons-csv: it reads one char at a time through two buffering readers and builds
 * every field in a {@code StringBuilder}; this scans a 64 Ki char buffer for the next delimiter,
 * quote or line break and makes each field's {@code String} straight from the buffer. On the
 * CLI's compiler (C1), reading the CRM table took 18% of a scan's CPU with commons-csv. Tests
 * hold it to commons-csv's records on generated input, quoting and line-break edge cases included.
 * One difference is deliberate: commons-csv 1.14 uses U+FFFE internally to mean "no comment or
 * escape char" and so reads a U+FFFE in the text as one; here it is a char like any other.
 *
 * <p>A record longer than the limit fails with {@link RecordTooLongException}
 * once the limit plus one buffer is read, so a 1 GB line costs bounded memory. Lines are counted
 * as commons-csv counts them (CR, LF and CRLF are one line break each), from the line of the
 * first char read.
 */
final class CsvTokenizer {
  private static final int BUFFER = 1 << 16;
  /** What ended a field. */
  private static final int DELIMITER = 0;
  private static final int END_OF_LINE = 1;
  private static final int END_OF_INPUT = 2;

  private final Reader in;
  private final char delimiter;
  private final long maxRecordChars;
  private final char[] buf = new char[BUFFER];
  private int pos;
  private int lim;
  /** Chars read before {@code buf[0]}. */
  private long before;
  /** Offset (in chars from the start of the input) of the current record's first char. */
  private long recordStart;
  /** Offset of the char after the current record's last one (its line break is not part of it). */
  private long recordEnd;
  /** The line of {@code buf[pos]}, 1 for the first line read. */
  private long line;
  private long recordLine;
  private String[] fields = new String[16];
  private int size;
  private final StringBuilder spill = new StringBuilder();

  /**
   * @param firstLine the line number of the first char {@code in} gives
   * @throws IllegalArgumentException for a delimiter that cannot separate fields (a quote or a line break)
   */
  CsvTokenizer(Reader in, char delimiter, int maxRecordChars, long firstLine) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("the CSV delimiter cannot be a quote or a line break: U+"
          + String.format("%04X", (int) delimiter));
    }
    this.in = in;
    this.delimiter = delimiter;
    this.maxRecordChars = maxRecordChars;
    this.line = firstLine;
  }

  /** Number of fields of the current record. */
  int size() {
    return size;
  }

  /** Field {@code i} of the current record. */
  String get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("field " + i + " of a record of " + size);
    }
    return fields[i];
  }

  /** The current record's fields, as a new array. */
  String[] toArray() {
    return Arrays.copyOf(fields, size);
  }

  /** The line the current record starts on. */
  long recordLine() {
    return recordLine;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws IOException from the reader, {@link MalformedCsvException} on a quote left open or
   *     text after a closing quote, {@link RecordTooLongException} for a record
   *     over the limit
   */
  boolean next() throws IOException {
    Arrays.fill(fields, 0, size, null);
    size = 0;
    while (true) { // lines with nothing on them are no records
      if (pos == lim && !fill()) {
        return false;
      }
      char c = buf[pos];
      if (c != '\n' && c != '\r') {
        break;
      }
      pos++;
      endOfLine(c);
    }
    recordStart = before + pos;
    recordLine = line;
    int end;
    do {
      end = field();
    } while (end == DELIMITER);
    if (end == END_OF_INPUT) {
      recordEnd = before + pos;
    }
    if (recordEnd - recordStart > maxRecordChars) {
      throw new RecordTooLongException(maxRecordChars);
    }
    return true;
  }

  /** Reads one field, then what ends it. */
  private int field() throws IOException {
    if (pos == lim && !refill()) {
      add(""); // a delimiter just before the end of the input
      return END_OF_INPUT;
    }
    if (buf[pos] == '"') {
      pos++;
      return quoted();
    }
    return unquoted();
  }

  private int unquoted() throws IOException {
    spill.setLength(0);
    int start = pos;
    char d = delimiter;
    while (true) {
      int p = pos;
      char[] b = buf;
      int n = lim;
      while (p < n) {
        char c = b[p];
        if (c == d || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      if (p < n) {
        add(take(b, start, p));
        char c = b[p];
        pos = p + 1;
        if (c == d) {
          return DELIMITER;
        }
        endOfLine(c);
        return END_OF_LINE;
      }
      spill.append(b, start, p - start);
      pos = p;
      if (!refill()) {
        add(spill.toString());
        return END_OF_INPUT;
      }
      start = pos;
    }
  }

  private int quoted() throws IOException {
    long openedAt = line;
    spill.setLength(0);
    int start = pos;
    char prev = '"';
    while (true) {
      int p = pos;
      char[] b = buf;
      int n = lim;
      long lines = 0;
      while (p < n) {
        char c = b[p];
        if (c == '"') {
          break;
        }
        if (c == '\r' || c == '\n' && prev != '\r') {
          lines++;
        }
        prev = c;
        p++;
      }
      line += lines;
      if (p == n) {
        spill.append(b, start, p - start);
        pos = p;
        if (!refill()) {
          throw new MalformedCsvException("the quoted field that opens on line " + openedAt + " is not closed before the end of the input");
        }
        start = pos;
        continue;
      }
      // b[p] is a quote: a literal one if another follows, else the field's end. The field's
      // chars before it are [start, chunkEnd) of the buffer, unless peeking refills the buffer.
      pos = p + 1;
      int chunkEnd = p;
      if (pos == n) {
        spill.append(b, start, p - start);
        start = 0;
        chunkEnd = 0;
      }
      if (peek() == '"') {
        spill.append(buf, start, chunkEnd - start).append('"');
        pos++;
        start = pos;
        prev = '"';
        continue;
      }
      add(take(buf, start, chunkEnd));
      return afterClosingQuote();
    }
  }

  /**
   * The field: what an earlier buffer left in {@link #spill}, then {@code b[start, end)}. Without a
   * spill (the common case) the field's string is made straight from the buffer.
   */
  private String take(char[] b, int start, int end) {
    return spill.length() > 0 ? spill.append(b, start, end - start).toString() : new String(b, start, end - start);
  }

  /** After a closing quote: whitespace, then a delimiter, a line break or the end of the input. */
  private int afterClosingQuote() throws IOException {
    while (true) {
      if (pos == lim && !refill()) {
        return END_OF_INPUT;
      }
      char c = buf[pos++];
      if (c == delimiter) {
        return DELIMITER;
      }
      if (c == '\n' || c == '\r') {
        endOfLine(c);
        return END_OF_LINE;
      }
      if (!Character.isWhitespace(c)) {
        throw new MalformedCsvException("on line " + line + ", a closing quote is followed by text before the next delimiter"
            + " (a quote inside a quoted field is written \"\")");
      }
    }
  }

  /**
   * Counts the line break just read (it ends the record); the LF of a CRLF is consumed with it.
   * Looking for that LF may refill the buffer, which is no read inside the record: its length is
   * not checked then.
   */
  private void endOfLine(char c) throws IOException {
    recordEnd = before + pos - 1;
    line++;
    if (c == '\r' && (pos < lim || fill()) && buf[pos] == '\n') {
      pos++;
    }
  }

  /** The next char without consuming it, or -1 at the end of the input. */
  private int peek() throws IOException {
    if (pos == lim && !refill()) {
      return -1;
    }
    return buf[pos];
  }

  /** {@link #fill()} inside a record, failing once the record is over the limit. */
  private boolean refill() throws IOException {
    if (before + lim - recordStart > maxRecordChars) {
      throw new RecordTooLongException(maxRecordChars);
    }
    return fill();
  }

  /** Reads the next chars into the buffer once all of it is consumed; false at the end of the input. */
  private boolean fill() throws IOException {
    before += lim;
    pos = 0;
    lim = 0;
    int n;
    do {
      n = in.read(buf, 0, BUFFER);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    lim = n;
    return true;
  }

  private void add(String value) {
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, size * 2);
    }
    fields[size++] = value;
  }

  /** CSV that no reading of the format accepts. */
  static final class MalformedCsvException extends IOException {
    MalformedCsvException(String message) {
      super(message);
    }
  }
}
