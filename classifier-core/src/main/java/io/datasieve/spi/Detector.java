package io.datasieve.spi;

import io.datasieve.InfoType;
import java.util.List;

/**
 * Finds sensitive data in field values.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every thread of every
 * scan. Anything expensive (pattern compilation, dictionaries, models) is prepared once, in the
 * constructor or lazily behind safe publication, never per value. {@link #detect} is the hot path:
 * find cheap candidates first (digit runs, a literal, a keyword) and only then apply patterns and
 * validators; never run a regular expression over every value.
 */
public interface Detector {
  /** Stable identifier, lower case with dashes ({@code us-ssn}); appears in reports. */
  String id();

  /** The info types this detector may report. */
  List<InfoType> infoTypes();

  /**
   * Reports the matches in one value. Must not throw for any input text; a detector that throws
   * has the exception recorded as an issue on the resource and the value counted as scanned.
   */
  void detect(FieldValue value, MatchSink sink);
}
