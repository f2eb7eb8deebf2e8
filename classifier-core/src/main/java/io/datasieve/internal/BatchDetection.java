package io.datasieve.internal;

import io.datasieve.DatasetResource;
import io.datasieve.InfoType;
import io.datasieve.Issue;
import io.datasieve.Occurrence;
import io.datasieve.ScanListener;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import io.datasieve.spi.ValueAnalysis;
import io.datasieve.spi.ValueAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every detector over every value of a batch, collecting matches into accumulators local to
 * the batch (merged into the resource's afterwards, so workers share nothing while detecting).
 */
final class BatchDetection implements FieldValue, MatchSink {
  private final DatasetResource resource;
  private final List<Detector> detectors;
  /** The detectors in an array, for the loop that runs on every value. */
  private final Detector[] detectorArray;
  /** Per detector, the token flags of which a value needs one for the detector to run (0: none). */
  private final int[] gates;
  private final boolean anyGate;
  private final ValueAnalyzer analyzer;
  private final Map<String, Set<InfoType>> fingerprinting;
  private final Map<String, Set<InfoType>> declared;
  private final double minConfidence;
  private final int maxOccurrences;
  private final Evidence evidence;
  private final AllowList allowList;
  private final ScanListener listener;
  /** Whether every confident match becomes an occurrence for the listener ({@link ScanListener#wantsOccurrences}). */
  private final boolean streaming;
  private final IssueLog issues;
  /** Where the resource keeps no more occurrences of a key (see {@link ResourceResults#frontier}). */
  private final java.util.function.ToLongFunction<Object> frontier;
  /** Confident accumulators by detector position and the type's position in its infoTypes(). */
  private final FindingAccumulator[][] byDetector;
  private final List<List<InfoType>> typesByDetector = new ArrayList<>();
  /** Matches this weak are kept aside per column, in case the column turns out to hold the type. */
  static final double WEAK_FLOOR = 0.25;

  private final Map<FindingKey, FindingAccumulator> found = new HashMap<>();
  private final Map<WeakKey, FindingAccumulator> weak = new HashMap<>();
  private final Map<String, ColumnTally> columns = new HashMap<>();
  private final List<String> valueConfident = new ArrayList<>(4);
  private final List<String> valueWeak = new ArrayList<>(4);
  /** Types of the value's confident matches that fill at least half of it (see ColumnTally). */
  private final List<String> valueWhole = new ArrayList<>(4);
  /** Matches of the current value, held until every detector has run so conflicts can be resolved. */
  private final List<Pending> pending = new ArrayList<>(4);

  private record Pending(int detectorIndex, Detector detector, InfoType type, int start, int end, double confidence, String explanation) {
    boolean loses(Pending o) {
      return !type.equals(o.type) && start < o.end && o.start < end
          && (o.confidence > confidence || o.confidence == confidence && o.end - o.start > end - start);
    }
  }

  // Current value, reused across values: detectors must not keep it.
  private long record;
  private int fieldIndex;
  private FieldPath field;
  private String text;
  private Detector detector;
  private int detectorIndex;
  private long matches;

  BatchDetection(
      DatasetResource resource,
      List<Detector> detectors,
      int[] gates,
      ValueAnalyzer analyzer,
      Map<String, Set<InfoType>> fingerprinting,
      Map<String, Set<InfoType>> declared,
      double minConfidence,
      int maxOccurrences,
      Evidence evidence,
      AllowList allowList,
      ScanListener listener,
      IssueLog issues,
      java.util.function.ToLongFunction<Object> frontier) {
    this.resource = resource;
    this.detectors = detectors;
    this.gates = gates;
    boolean any = false;
    for (int g : gates) {
      any |= g != 0;
    }
    this.anyGate = any;
    this.analyzer = analyzer;
    this.fingerprinting = fingerprinting;
    this.declared = declared;
    this.minConfidence = minConfidence;
    this.maxOccurrences = maxOccurrences;
    this.evidence = evidence;
    this.allowList = allowList;
    this.listener = listener;
    this.streaming = listener != ScanListener.none(); // the scan passes none() for a listener that takes no occurrences
    this.issues = issues;
    this.frontier = frontier;
    this.byDetector = new FindingAccumulator[detectors.size()][];
    this.detectorArray = detectors.toArray(new Detector[0]);
    for (Detector d : detectors) {
      typesByDetector.add(d.infoTypes());
    }
  }

  /** Runs the detectors over the batch; results are then read with the accessors. */
  BatchDetection run(Batch batch) {
    // One analysis per batch task, reused for its values: nothing outlives the batch.
    ValueAnalyzer.Reusable reusable = analyzer.reusable();
    for (int i = 0; i < batch.size; i++) {
      record = batch.records[i];
      fieldIndex = batch.fieldIndexes[i];
      field = batch.fields[i];
      text = batch.values[i];
      if (!valueConfident.isEmpty()) {
        valueConfident.clear();
      }
      if (!valueWhole.isEmpty()) {
        valueWhole.clear();
      }
      if (!valueWeak.isEmpty()) {
        valueWeak.clear();
      }
      if (!pending.isEmpty()) {
        pending.clear();
      }
      ValueAnalysis analysis = reusable.analyze(this);
      // The value's token flags, when a detector declared it needs some (it tokenizes the value;
      // every detector that declares a gate reads the tokens anyway).
      int flags = anyGate ? analysis.valueFlags() : 0;
      for (int di = 0; di < detectorArray.length; di++) {
        int gate = gates[di];
        if (gate != 0 && (flags & gate) == 0) {
          continue; // the detector declared that it reports nothing on such a value
        }
        Detector d = detectorArray[di];
        detector = d;
        detectorIndex = di;
        try {
          d.detect(analysis, this);
        } catch (RuntimeException | StackOverflowError e) {
          issues.add(
              new Issue(
                  Issue.Level.WARNING,
                  "detector '" + d.id() + "' failed on field '" + field.path() + "': "
                      + e.getClass().getSimpleName(),
                  record,
                  null));
        }
      }
      if (!pending.isEmpty()) {
        resolveAndRecord();
      }
      tally(field.column()).addValue(valueConfident, valueWeak, valueWhole);
    }
    return this;
  }

  /**
   * The tally of a column. The last few columns looked up are remembered by identity (a record's
   * values come column after column, and paths are interned, so their names are the same
   * instances): most values need no map lookup.
   */
  private ColumnTally tally(String column) {
    int h = System.identityHashCode(column) & (RECENT - 1);
    if (recentColumns[h] == column) {
      return recentTallies[h];
    }
    ColumnTally t = columns.computeIfAbsent(column, k -> new ColumnTally());
    recentColumns[h] = column;
    recentTallies[h] = t;
    return t;
  }

  private static final int RECENT = 64;
  private final String[] recentColumns = new String[RECENT];
  private final ColumnTally[] recentTallies = new ColumnTally[RECENT];

  /** Confident matches, by detector and info type. */
  Map<FindingKey, FindingAccumulator> found() {
    return found;
  }

  /** Weak matches, by detector, info type and column. */
  Map<WeakKey, FindingAccumulator> weak() {
    return weak;
  }

  /** Column tallies, by column. */
  Map<String, ColumnTally> columns() {
    return columns;
  }

  long matches() {
    return matches;
  }

  @Override
  public DatasetResource resource() {
    return resource;
  }

  @Override
  public long record() {
    return record;
  }

  @Override
  public FieldPath field() {
    return field;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public void match(InfoType infoType, int start, int end, double confidence, String explanation) {
    if (infoType == null
        || !declares(detectorIndex, infoType)
        || start < 0
        || end > text.length()
        || start >= end
        || !(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "detector '" + detector.id() + "' reported an invalid match: " + infoType + " [" + start
              + ", " + end + ") confidence " + confidence + " in a value of length " + text.length());
    }
    if (confidence >= WEAK_FLOOR && (allowList.isEmpty() || !allowList.allows(text, start, end))) {
      pending.add(new Pending(detectorIndex, detector, infoType, start, end, confidence, explanation));
    }
  }

  /** Whether the detector at this position declares the type: by identity first, then by equality. */
  private boolean declares(int index, InfoType type) {
    List<InfoType> types = typesByDetector.get(index);
    for (int t = 0; t < types.size(); t++) {
      if (types.get(t) == type) {
        return true;
      }
    }
    return declared.get(detectors.get(index).id()).contains(type);
  }

  /**
   * Where matches of different info types overlap, the more confident one (or, equally confident,
   * the longer one) wins: digits inside an IBAN are not also a phone number. Equal matches both
   * stay. Then the winners are recorded.
   */
  private void resolveAndRecord() {
    for (int a = 0; a < pending.size(); a++) {
      Pending p = pending.get(a);
      boolean lost = false;
      for (int b = 0; b < pending.size() && !lost; b++) {
        lost = b != a && p.loses(pending.get(b));
      }
      if (!lost) {
        record(p.detectorIndex(), p.detector(), p.type(), p.start(), p.end(), p.confidence(), p.explanation());
      }
    }
  }

  private void record(int detectorIndex, Detector detector, InfoType infoType, int start, int end, double confidence,
      String explanation) {
    boolean confident = confidence >= minConfidence;
    double rounded = FindingAccumulator.round(confidence);
    FindingAccumulator acc;
    Object key;
    if (confident) {
      matches++;
      if (!valueConfident.contains(infoType.id())) {
        valueConfident.add(infoType.id());
      }
      if ((end - start) * 2 >= text.length() && !valueWhole.contains(infoType.id())) {
        valueWhole.add(infoType.id());
      }
      acc = confidentAccumulator(detectorIndex, detector, infoType);
      key = acc.key;
    } else {
      if (!valueWeak.contains(infoType.id())) {
        valueWeak.add(infoType.id());
      }
      acc = weakAccumulator(detectorIndex, detector, infoType, field.column());
      key = acc.key;
    }
    boolean streamed = confident && streaming;
    if (!streamed && acc.batchFrontier == FindingAccumulator.FRONTIER_UNREAD) {
      acc.batchFrontier = frontier.applyAsLong(key); // read once per batch and key
    }
    if (!streamed && (record > acc.batchFrontier || !acc.wouldKeep(record, fieldIndex, start, end))) {
      acc.count(record, fieldIndex, field.path(), rounded, explanation); // counted exactly, evidence never rendered
      return;
    }
    String fingerprint = fingerprinting.get(detector.id()).contains(infoType) ? evidence.fingerprint(text, start, end) : null;
    Occurrence occ = new Occurrence(record, field.path(), start, end, rounded, evidence.render(text, start, end),
        explanation, fingerprint);
    acc.add(record, fieldIndex, occ);
    if (streamed) {
      listener.onOccurrence(resource, infoType, occ);
    }
  }

  /**
   * The batch's accumulator of a detector's weak matches of a type in a column. The last few are
   * remembered by identity of detector position, type and column (a column's values bring the
   * same weak matches again), so most weak matches need neither a key nor a map lookup.
   */
  private FindingAccumulator weakAccumulator(int detectorIndex, Detector detector, InfoType infoType, String column) {
    int h = (detectorIndex * 31 + System.identityHashCode(infoType) * 17 + System.identityHashCode(column)) & (RECENT - 1);
    if (recentWeakColumns[h] == column && recentWeakTypes[h] == infoType && recentWeakDetectors[h] == detectorIndex) {
      return recentWeak[h];
    }
    WeakKey weakKey = new WeakKey(detector.id(), infoType.id(), column);
    FindingAccumulator acc = weak.computeIfAbsent(weakKey, k -> new FindingAccumulator(infoType, detector.id(), maxOccurrences));
    if (acc.key == null) {
      acc.key = weakKey;
    }
    recentWeakColumns[h] = column;
    recentWeakTypes[h] = infoType;
    recentWeakDetectors[h] = detectorIndex;
    recentWeak[h] = acc;
    return acc;
  }

  private final String[] recentWeakColumns = new String[RECENT];
  private final InfoType[] recentWeakTypes = new InfoType[RECENT];
  private final int[] recentWeakDetectors = new int[RECENT];
  private final FindingAccumulator[] recentWeak = new FindingAccumulator[RECENT];

  /** The batch's accumulator of a detector's confident matches of a type, without a map lookup per match. */
  private FindingAccumulator confidentAccumulator(int detectorIndex, Detector detector, InfoType infoType) {
    FindingAccumulator[] row = byDetector[detectorIndex];
    List<InfoType> types = typesByDetector.get(detectorIndex);
    if (row == null) {
      row = byDetector[detectorIndex] = new FindingAccumulator[types.size()];
    }
    int t = 0;
    while (t < row.length && types.get(t) != infoType && !types.get(t).equals(infoType)) {
      t++;
    }
    if (t == row.length) {
      // a declared type equal to none in infoTypes() by position (a detector returning new lists): use the map
      FindingKey k = new FindingKey(detector.id(), infoType.id());
      FindingAccumulator acc = found.computeIfAbsent(k, x -> new FindingAccumulator(infoType, detector.id(), maxOccurrences));
      acc.key = k;
      return acc;
    }
    FindingAccumulator acc = row[t];
    if (acc == null) {
      FindingKey k = new FindingKey(detector.id(), infoType.id());
      acc = found.computeIfAbsent(k, x -> new FindingAccumulator(infoType, detector.id(), maxOccurrences));
      acc.key = k;
      row[t] = acc;
    }
    return acc;
  }

}
