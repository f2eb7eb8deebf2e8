package io.datasieve.spi;


/**
 * Base of detectors that work on the shared {@link ValueAnalysis}: implement {@link
 * #detect(ValueAnalysis, MatchSink)} and {@link #needs()}. Inside a scanner
 * they are called with the scanner's analysis; called directly with a bare {@link FieldValue}
 * (tests, embedders), they analyse the value with an analyzer of their own needs, built on the
 * first such call and safely published.
 */
public abstract class AnalyzingDetector implements Detector {
  private volatile ValueAnalyzer own;

  /** For subclasses. */
  protected AnalyzingDetector() {}

  @Override
  public abstract void detect(ValueAnalysis analysis, MatchSink sink);

  /** Analyses the value with this detector's own needs, then runs {@link #detect(ValueAnalysis, MatchSink)}. */
  @Override
  public final void detect(FieldValue value, MatchSink sink) {
    ValueAnalyzer analyzer = own;
    if (analyzer == null) {
      synchronized (this) {
        analyzer = own;
        if (analyzer == null) {
          own = analyzer = ValueAnalyzer.of(needs());
        }
      }
    }
    detect(analyzer.analyze(value), sink);
  }
}
