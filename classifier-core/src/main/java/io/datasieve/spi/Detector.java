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
 *
 * <p><b>Two entry points.</b> The scanner analyses each value once and calls {@link
 * #detect(ValueAnalysis, MatchSink)} on every detector with that shared {@link ValueAnalysis}
 * (tokens, digit and capitalised tokens, context phrases, keywords and field traits, each
 * computed on first use). A detector written against the analysis declares what it will ask in
 * {@link #needs()} and overrides that method; one that only implements {@link #detect(FieldValue,
 * MatchSink)} keeps working unchanged, through the default method.
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

  /**
   * Reports the matches in one analysed value: the entry point the scanner calls. The default
   * hands the value to {@link #detect(FieldValue, MatchSink)}; detectors built on the shared
   * analysis override it.
   */
  default void detect(ValueAnalysis analysis, MatchSink sink) {
    detect((FieldValue) analysis, sink);
  }

  /**
   * The phrase sets, keyword sets and field traits this detector asks the analysis about; the
   * scanner compiles those of every detector once, when it is built. Called once per scanner.
   */
  default AnalysisNeeds needs() {
    return AnalysisNeeds.none();
  }

  /**
   * Whether this detector's occurrences of an info type carry a keyed fingerprint of the matched
   * value, so that one leaked credential can be followed across resources without storing it.
   * Secrets yes; PII no (a fingerprint of an SSN is a dictionary attack away from the SSN). The
   * default says yes for types of category {@code SECRET}. Called once per declared type and
   * scanner.
   */
  default boolean fingerprints(InfoType type) {
    return "SECRET".equals(type.category());
  }
}
