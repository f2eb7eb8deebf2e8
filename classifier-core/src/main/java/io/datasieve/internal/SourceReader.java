package io.datasieve.internal;

import io.datasieve.ScanSettings;
import io.datasieve.Issue;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.RecordSource;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads record sources to their end and cuts their values into {@link Batch}es: the record limit,
 * deterministic sampling by record index, the cut of over-long values, and the issue that says
 * where reading failed. Values read before a failure are still handed on. One reader serves every
 * part of a resource; each {@link #read} keeps its own state, so parts may be read at once.
 */
final class SourceReader {
  /** Opens the source to read: the whole resource, or one part. */
  @FunctionalInterface
  interface Opener {
    RecordSource open() throws IOException;
  }

  /** Counters of one read (the whole resource, or one part), or the sum of several. */
  static final class Reading {
    private long records;
    private boolean stoppedEarly;
    private boolean fatal;

    synchronized void add(Reading part) {
      records += part.records;
      stoppedEarly |= part.stoppedEarly;
      fatal |= part.fatal;
    }

    /** Records read, sampled or not. */
    synchronized long records() {
      return records;
    }

    /** Whether the record limit stopped the read. */
    synchronized boolean stoppedEarly() {
      return stoppedEarly;
    }

    /** Whether the source could not be opened or read to its end. */
    synchronized boolean fatal() {
      return fatal;
    }
  }

  private final ScanSettings settings;
  private final IssueLog issues;
  private final Consumer<Batch> batches;
  private final AtomicLong fields = new AtomicLong();

  /**
   * @param batches receives each batch when it is full and the last one of each read; the reader
   *     does not touch a batch after handing it on
   */
  SourceReader(ScanSettings settings, IssueLog issues, Consumer<Batch> batches) {
    this.settings = settings;
    this.issues = issues;
    this.batches = batches;
  }

  /** Values handed on in batches so far, by every read. */
  long fields() {
    return fields.get();
  }

  /**
   * Opens a source, reads it to its end or to the record limit, and closes it. A failure to open or
   * read (an I/O error, a bad record the source cannot skip, memory, nesting) becomes an error
   * issue and marks the reading fatal; it is not thrown.
   */
  Reading read(Opener opener) {
    Reading reading = new Reading();
    RecordSource source = null;
    try {
      source = opener.open();
      readRecords(source, reading);
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      fatal(e, source, reading);
    } finally {
      closeQuietly(source);
    }
    return reading;
  }

  private void readRecords(RecordSource source, Reading reading) throws IOException {
    Batch batch = new Batch();
    double fraction = settings.sampleFraction();
    try {
      while (source.next()) {
        if (reading.records == settings.maxRecords()) {
          reading.stoppedEarly = true;
          issues.add(new Issue(Issue.Level.WARNING,
              "stopped at the record limit of " + settings.maxRecords()
                  + "; the rest of the resource was not scanned",
              source.recordIndex(), lineOrNull(source.line())));
          break;
        }
        reading.records++;
        long index = source.recordIndex();
        if (fraction < 1.0 && !sampled(index, fraction)) {
          continue;
        }
        int n = source.fieldCount();
        for (int i = 0; i < n; i++) {
          String v = source.value(i);
          if (v == null || v.isEmpty()) {
            continue;
          }
          FieldPath f = source.field(i);
          if (v.length() > settings.maxFieldLength()) {
            issues.add(new Issue(Issue.Level.WARNING,
                "value of field '" + f.path() + "' has " + v.length() + " chars; only the first "
                    + settings.maxFieldLength() + " were scanned",
                index, lineOrNull(source.line())));
            v = v.substring(0, settings.maxFieldLength());
          }
          batch.add(index, i, f, v);
          if (batch.isFull()) {
            handOn(batch);
            batch = new Batch();
          }
        }
      }
    } finally {
      if (batch.size > 0) {
        handOn(batch);
      }
    }
  }

  private void handOn(Batch batch) {
    fields.addAndGet(batch.size);
    batches.accept(batch);
  }

  private void fatal(Throwable e, RecordSource source, Reading reading) {
    reading.fatal = true;
    Long record = source == null ? null : safeIndex(source);
    if (record != null && record < 0) {
      record = null; // failed before the first record
    }
    Long line = source == null ? null : lineOrNull(safeLine(source));
    issues.add(new Issue(Issue.Level.ERROR,
        (reading.records == 0 ? "cannot read: " : "reading stopped: ") + describe(e), record, line));
  }

  /** Deterministic per-record sampling: a hash of the index, not a random draw. */
  static boolean sampled(long index, double fraction) {
    long z = index + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53 < fraction;
  }

  /** A failure to read, for an issue: the message, or what the error means for the user. */
  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      e = u.getCause();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (raise -Xmx or lower the record length limit)";
    }
    if (e instanceof StackOverflowError) {
      return "structure nested too deeply";
    }
    String m = e.getMessage();
    String type = e.getClass().getSimpleName();
    if (m == null || m.isBlank()) {
      return type;
    }
    return e instanceof EOFException || e instanceof ZipException
        ? type + ": " + m + " (truncated or corrupt file?)"
        : m;
  }

  static Long lineOrNull(long line) {
    return line > 0 ? line : null;
  }

  private static Long safeIndex(RecordSource s) {
    try {
      return s.recordIndex();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static long safeLine(RecordSource s) {
    try {
      return s.line();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static void closeQuietly(RecordSource source) {
    if (source == null) {
      return;
    }
    try {
      source.close();
    } catch (IOException | RuntimeException e) {
      // Nothing more to read from it; the scan result stands.
    }
  }
}
