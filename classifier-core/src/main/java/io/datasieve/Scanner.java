package io.datasieve;

import io.datasieve.internal.ScanEngine;
import io.datasieve.spi.Detector;
import io.datasieve.spi.DetectorProvider;
import io.datasieve.spi.RecordSourceProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Scans dataset resources for sensitive data. Built once with {@link #builder()}, immutable and
 * safe to share across threads. A scanner's detection threads start with its first scan, are
 * shared by its scans (concurrent calls together use at most {@code threads} of them) and end when
 * idle, so a scanner needs no closing.
 *
 * <pre>{@code
 * Scanner scanner = Scanner.builder().loadDetectors().build();
 * ScanReport report = scanner.scan(DatasetResource.walk(Path.of("exports/")));
 * }</pre>
 */
public final class Scanner {
  private final ScanEngine engine;
  private final ScanSettings settings;

  private Scanner(ScanSettings settings, byte[] hashKey, List<Detector> detectors, List<RecordSourceProvider> sources) {
    this.settings = settings;
    this.engine = new ScanEngine(settings, hashKey, detectors, sources);
  }

  /** A builder with the defaults documented on each setter. */
  public static Builder builder() {
    return new Builder();
  }

  /** Scans the resources and returns their reports in the given order. */
  public ScanReport scan(List<DatasetResource> resources) {
    return scan(resources, ScanListener.none());
  }

  /** Scans the resources, streaming results to the listener as they are found. */
  public ScanReport scan(List<DatasetResource> resources, ScanListener listener) {
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(listener, "listener");
    return new ScanReport(Version.get(), engine.scan(List.copyOf(resources), listener));
  }

  /** Scans one resource. */
  public ResourceReport scan(DatasetResource resource) {
    return scan(List.of(resource)).resources().get(0);
  }

  /** The effective settings. */
  public ScanSettings settings() {
    return settings;
  }

  /** The detectors, in the order they run. */
  public List<Detector> detectors() {
    return engine.detectors();
  }

  /** Builds a {@link Scanner}. Setters validate their argument at once and name a bad value. */
  public static final class Builder {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private double minConfidence = 0.5;
    private int maxOccurrences = 20;
    private EvidencePolicy evidence = EvidencePolicy.MASKED;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int maxFieldLength = 1 << 20;
    private int maxRecordLength = 64 << 20;
    private long maxRecords = Long.MAX_VALUE;
    private double sampleFraction = 1.0;
    private int maxIssues = 100;
    private long splitSize = 32L << 20;
    private double columnThreshold = 0.5;
    private final Set<String> allowValues = new LinkedHashSet<>();
    private final List<String> allowPatterns = new ArrayList<>();
    private final Map<String, String> readerOptions = new LinkedHashMap<>();
    private byte[] hashKey;

    private Builder() {}

    /** Adds a detector; ids must be unique. */
    public Builder detector(Detector detector) {
      Objects.requireNonNull(detector, "detector");
      String id = Objects.requireNonNull(detector.id(), "detector id");
      if (detectors.containsKey(id)) {
        throw new IllegalArgumentException("duplicate detector id '" + id + "'");
      }
      if (detector.infoTypes() == null || detector.infoTypes().isEmpty()) {
        throw new IllegalArgumentException("detector '" + id + "' declares no info types");
      }
      detectors.put(id, detector);
      return this;
    }

    /** Adds every detector of every {@link DetectorProvider} on the class path. */
    public Builder loadDetectors() {
      return loadDetectors(Thread.currentThread().getContextClassLoader());
    }

    /** Adds every detector of every {@link DetectorProvider} visible to the class loader. */
    public Builder loadDetectors(ClassLoader loader) {
      for (DetectorProvider p : ServiceLoader.load(DetectorProvider.class, loader)) {
        for (Detector d : p.detectors()) {
          detector(d);
        }
      }
      return this;
    }

    /** Minimum confidence of a reported match, 0..1. Default 0.5. */
    public Builder minConfidence(double value) {
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException("minConfidence must be within 0..1, got " + value);
      }
      this.minConfidence = value;
      return this;
    }

    /** Occurrences kept per finding (counts stay exact). Default 20. */
    public Builder maxOccurrences(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxOccurrences must be >= 0, got " + value);
      }
      this.maxOccurrences = value;
      return this;
    }

    /** Keeps every occurrence; memory then grows with the number of matches. */
    public Builder allOccurrences() {
      this.maxOccurrences = Integer.MAX_VALUE;
      return this;
    }

    /** What reports show of matched values. Default {@link EvidencePolicy#MASKED}. */
    public Builder evidence(EvidencePolicy value) {
      this.evidence = Objects.requireNonNull(value, "evidence");
      return this;
    }

    /**
     * Key for {@link EvidencePolicy#HASH}, at least 16 bytes; give the same key to correlate values
     * across scans. Default: random per scanner.
     */
    public Builder hashKey(byte[] key) {
      Objects.requireNonNull(key, "hashKey");
      if (key.length < 16) {
        throw new IllegalArgumentException("hashKey must be at least 16 bytes, got " + key.length);
      }
      this.hashKey = key.clone();
      return this;
    }

    /**
     * Detection threads of the scanner, 1..256, shared by its scans; a scan also reads up to this
     * many resources at once. Default: the number of processors.
     */
    public Builder threads(int value) {
      if (value < 1 || value > 256) {
        throw new IllegalArgumentException("threads must be within 1..256, got " + value);
      }
      this.threads = value;
      return this;
    }

    /** Chars of one value handed to detectors, at least 64. Default 1 Mi. */
    public Builder maxFieldLength(int value) {
      if (value < 64) {
        throw new IllegalArgumentException("maxFieldLength must be >= 64, got " + value);
      }
      this.maxFieldLength = value;
      return this;
    }

    /** Largest record or line a reader buffers, at least 1 Ki. Default 64 Mi. */
    public Builder maxRecordLength(int value) {
      if (value < 1024) {
        throw new IllegalArgumentException("maxRecordLength must be >= 1024, got " + value);
      }
      this.maxRecordLength = value;
      return this;
    }

    /** Records read per resource, at least 1. Default: all. */
    public Builder maxRecords(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxRecords must be >= 1, got " + value);
      }
      this.maxRecords = value;
      return this;
    }

    /**
     * Share of records to scan, in (0, 1]. Records are chosen by a hash of their index, so the
     * same records are chosen on every run and with any thread count. Default 1 (all).
     */
    public Builder sampleFraction(double value) {
      if (!(value > 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException("sampleFraction must be within (0, 1], got " + value);
      }
      this.sampleFraction = value;
      return this;
    }

    /** Issues kept per resource, at least 1; the rest are counted. Default 100. */
    public Builder maxIssues(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxIssues must be >= 1, got " + value);
      }
      this.maxIssues = value;
      return this;
    }

    /**
     * Files at least this large (local, uncompressed, in a format that supports it) are read in
     * parts in parallel; at least 64 Ki. Default 32 Mi. The report is the same either way.
     */
    public Builder splitSize(long bytes) {
      if (bytes < 64 * 1024) {
        throw new IllegalArgumentException("splitSize must be >= 65536, got " + bytes);
      }
      this.splitSize = bytes;
      return this;
    }

    /**
     * Share of a column's values, in (0, 1], that must match an info type confidently for the
     * column to be classified as holding it; weak matches of that type in the column are then
     * reported too. Default 0.5.
     */
    public Builder columnThreshold(double share) {
      if (!(share > 0.0 && share <= 1.0)) {
        throw new IllegalArgumentException("columnThreshold must be within (0, 1], got " + share);
      }
      this.columnThreshold = share;
      return this;
    }

    /**
     * Sets an option of a reader, named {@code <format>.<name>}: {@code csv.header} ({@code auto},
     * {@code yes}, {@code no}; default {@code auto}), {@code csv.delimiter} (one char, or {@code tab};
     * default: sniffed). Checked by the reader when the scanner is built.
     */
    public Builder readerOption(String key, String value) {
      Objects.requireNonNull(key, "option key");
      Objects.requireNonNull(value, "value of option " + key);
      readerOptions.put(key, value);
      return this;
    }

    /** Removes a detector added before (by {@link #loadDetectors()} for instance). */
    public Builder withoutDetector(String id) {
      if (detectors.remove(id) == null) {
        throw new IllegalArgumentException("no detector with id '" + id + "' (known: " + detectors.keySet() + ")");
      }
      return this;
    }

    /** Never reports a match whose value is exactly this (a test account, a public support address). */
    public Builder allow(String value) {
      Objects.requireNonNull(value, "allowed value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("allowed value is empty");
      }
      allowValues.add(value);
      return this;
    }

    /**
     * Never reports a match whose whole value matches this re2j pattern (linear time, no
     * backtracking), such as {@code .*@example\.org}.
     *
     * @throws IllegalArgumentException naming the pattern when it does not compile
     */
    public Builder allowPattern(String regex) {
      Objects.requireNonNull(regex, "allow pattern");
      try {
        com.google.re2j.Pattern.compile(regex);
      } catch (com.google.re2j.PatternSyntaxException e) {
        throw new IllegalArgumentException("allow pattern '" + regex + "' does not compile: " + e.getDescription(), e);
      }
      allowPatterns.add(regex);
      return this;
    }

    /**
     * Builds the scanner.
     *
     * @throws IllegalStateException if no detector was added
     */
    public Scanner build() {
      if (detectors.isEmpty()) {
        throw new IllegalStateException(
            "no detectors: call loadDetectors() with io.datasieve:detectors on the class path, "
                + "or detector(...)");
      }
      Map<String, InfoType> types = new LinkedHashMap<>();
      for (Detector d : detectors.values()) {
        for (InfoType t : d.infoTypes()) {
          InfoType prev = types.putIfAbsent(t.id(), t);
          if (prev != null && !prev.equals(t)) {
            throw new IllegalStateException(
                "info type " + t.id() + " is declared differently by two detectors: " + prev
                    + " and " + t);
          }
        }
      }
      ScanSettings s =
          new ScanSettings(
              minConfidence, maxOccurrences, evidence, threads, maxFieldLength, maxRecordLength,
              maxRecords, sampleFraction, maxIssues, splitSize, columnThreshold, allowValues, allowPatterns,
              readerOptions);
      List<RecordSourceProvider> sources = new ArrayList<>();
      ServiceLoader.load(RecordSourceProvider.class, Scanner.class.getClassLoader())
          .forEach(sources::add);
      for (Map.Entry<String, String> o : readerOptions.entrySet()) {
        int dot = o.getKey().indexOf('.');
        String format = dot > 0 ? o.getKey().substring(0, dot) : "";
        RecordSourceProvider owner = sources.stream()
            .filter(p -> p.format().name().equalsIgnoreCase(format)).findFirst().orElse(null);
        String problem = owner == null ? "no reader for format '" + format + "'" : owner.checkOption(o.getKey(), o.getValue());
        if (problem != null) {
          throw new IllegalArgumentException("reader option " + o.getKey() + "=" + o.getValue() + ": " + problem);
        }
      }
      return new Scanner(s, hashKey, new ArrayList<>(detectors.values()), sources);
    }
  }
}
