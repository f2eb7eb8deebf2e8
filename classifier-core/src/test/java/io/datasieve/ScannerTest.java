package io.datasieve;

import static io.datasieve.testing.Scans.json;
import static io.datasieve.testing.Scans.tokenScanner;
import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import io.datasieve.testing.FaultyInputStream;
import io.datasieve.testing.TokenDetector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  @TempDir Path dir;

  /** A mixed tree: big CSV and JSONL files (many batches), small ones, a broken one. */
  private List<DatasetResource> corpus() {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("id,note,other\n");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      String tok = random.nextInt(10) == 0 ? " tok_" + Integer.toString(random.nextInt(1_000_000), 36) : "";
      csv.append(i).append(",text").append(tok).append(" more,").append(random.nextInt(5) == 0 ? "tok_o" + i : "x").append('\n');
      jsonl.append("{\"m\":[{\"c\":\"hello").append(tok).append("\"}],\"i\":").append(i).append("}\n");
    }
    write(dir, "big.csv", csv.toString());
    write(dir, "big.jsonl.gz", jsonl.toString());
    for (int i = 0; i < 6; i++) {
      write(dir, "small" + i + ".csv", "a,b\n" + i + ",tok_s" + i + "\n");
    }
    write(dir, "broken.jsonl", "{\"a\":\"tok_b\"}\n{oops\n");
    write(dir, "README.md", "# not data\n");
    return DatasetResource.walk(dir);
  }

  /** Reports each all-digit token; declares that it needs a digit, and counts the values it sees. */
  private static final class DigitTokens extends io.datasieve.spi.AnalyzingDetector {
    static final InfoType TYPE = new InfoType("DIGITS", "TEST", "TEST/Digits", Severity.LOW);
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final boolean gated;

    DigitTokens(boolean gated) {
      this.gated = gated;
    }

    @Override public String id() { return "digit-tokens"; }
    @Override public List<InfoType> infoTypes() { return List.of(TYPE); }
    @Override public io.datasieve.spi.AnalysisNeeds needs() {
      return gated ? io.datasieve.spi.AnalysisNeeds.builder().onlyWhenAnyToken(io.datasieve.spi.ValueAnalysis.HAS_DIGIT).build()
          : io.datasieve.spi.AnalysisNeeds.none();
    }

    @Override
    public void detect(io.datasieve.spi.ValueAnalysis v, MatchSink sink) {
      seen.add(v.text());
      for (int k = 0; k < v.digitTokenCount(); k++) {
        int t = v.digitToken(k);
        sink.match(TYPE, v.tokenStart(t), v.tokenEnd(t), 0.9, "digits");
      }
    }
  }

  @Test
  void aDetectorIsNotCalledOnValuesWithoutTheTokenFlagsItDeclared() {
    write(dir, "t.csv", "a,b\nno digits here,x1\n\u0663\u0664 arabic-indic,plain\nvalue 42,\u00e9t\u00e9\n");
    List<DatasetResource> resources = DatasetResource.walk(dir);
    DigitTokens gated = new DigitTokens(true);
    DigitTokens ungated = new DigitTokens(false);
    String withGate = json(Scanner.builder().detector(gated).build().scan(resources));
    String without = json(Scanner.builder().detector(ungated).build().scan(resources));
    assertEquals(without, withGate, "the gate changes no report");
    assertEquals(Set.of("x1", "\u0663\u0664 arabic-indic", "value 42"), gated.seen, "only values with a digit (any digit) are seen");
    assertEquals(Set.of("no digits here", "x1", "\u0663\u0664 arabic-indic", "plain", "value 42", "\u00e9t\u00e9"), ungated.seen,
        "without a gate, every value");
    assertEquals(io.datasieve.spi.ValueAnalysis.HAS_DIGIT, gated.needs().onlyWhenAnyToken());
    assertEquals(0, io.datasieve.spi.AnalysisNeeds.builder().include(gated.needs()).build().onlyWhenAnyToken(),
        "a gate is the detector's own: include does not take it");
  }

  @Test
  void resultsAreIdenticalWithOneAndFourThreads() {
    List<DatasetResource> resources = corpus();
    String one = json(tokenScanner().threads(1).maxOccurrences(50).build().scan(resources));
    String four = json(tokenScanner().threads(4).maxOccurrences(50).build().scan(resources));
    assertEquals(one, four);
    assertTrue(one.contains("\"TEST_TOKEN\""));
  }

  @Test
  void occurrencesAreBoundedSortedAndCountsExact() {
    List<DatasetResource> resources = corpus();
    ScanReport report = tokenScanner().threads(3).maxOccurrences(5).build().scan(resources);
    ResourceReport big = report.resources().stream()
        .filter(r -> r.resource().fileName().equals("big.csv")).findFirst().orElseThrow();
    Finding f = big.findings().get(0);
    assertEquals(5, f.occurrences().size());
    assertTrue(f.occurrencesTruncated());
    long sum = f.fields().stream().mapToLong(FieldCount::count).sum();
    assertEquals(f.count(), sum);
    for (int i = 1; i < f.occurrences().size(); i++) {
      Occurrence a = f.occurrences().get(i - 1);
      Occurrence b = f.occurrences().get(i);
      assertTrue(a.record() < b.record() || a.record() == b.record() && a.start() <= b.start() || !a.field().equals(b.field()));
    }
    ResourceReport all = tokenScanner().threads(1).allOccurrences().build().scan(big.resource());
    assertEquals(all.findings().get(0).occurrences().subList(0, 5), f.occurrences());
    assertEquals(f.count(), all.findings().get(0).occurrences().size());
  }

  @Test
  void unsupportedFilesAreSkippedNotSilentlyDropped() {
    ScanReport report = tokenScanner().build().scan(corpus());
    ResourceReport md = report.resources().stream()
        .filter(r -> r.resource().fileName().equals("README.md")).findFirst().orElseThrow();
    assertStatus(ResourceStatus.SKIPPED, md);
    assertTrue(md.issues().get(0).message().contains("unsupported file type '.md'"));
    ResourceReport broken = report.resources().stream()
        .filter(r -> r.resource().fileName().equals("broken.jsonl")).findFirst().orElseThrow();
    assertStatus(ResourceStatus.PARTIAL, broken);
  }

  @Test
  void faultyStreamMakesThatResourcePartialAndOthersComplete() throws Exception {
    StringBuilder sb = new StringBuilder("k,v\n");
    for (int i = 0; i < 50_000; i++) {
      sb.append(i).append(",tok_").append(i).append('\n');
    }
    Path file = write(dir, "f.csv", sb.toString());
    byte[] bytes = Files.readAllBytes(file);
    DatasetResource faulty = DatasetResource.builder(URI.create("mem://bucket/faulty.csv"))
        .attribute("cloudResource", "test bucket")
        .content(() -> new FaultyInputStream(new java.io.ByteArrayInputStream(bytes), 300_000))
        .build();
    DatasetResource fine = DatasetResource.of(write(dir, "ok.csv", "a\ntok_fine\n"));
    ScanReport report = tokenScanner().threads(2).build().scan(List.of(faulty, fine));
    ResourceReport bad = report.resources().get(0);
    assertStatus(ResourceStatus.PARTIAL, bad);
    assertTrue(bad.findings().get(0).count() > 1000);
    Issue last = bad.issues().get(bad.issues().size() - 1);
    assertEquals(Issue.Level.ERROR, last.severity());
    assertTrue(last.message().contains("injected fault"), last.message());
    assertEquals("test bucket", bad.resource().attributes().get("cloudResource"));
    assertEquals(ResourceStatus.COMPLETE, report.resources().get(1).status());
  }

  @Test
  void brokenLinkInAWalkedTreeFailsAndTheRestIsScanned() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    write(tree, "ok.csv", "a\ntok_fine\n");
    Files.createSymbolicLink(tree.resolve("dangling.csv"), tree.resolve("gone.csv"));
    List<DatasetResource> resources = DatasetResource.walk(tree);
    assertEquals(2, resources.size());
    ScanReport report = tokenScanner().build().scan(resources);
    ResourceReport dangling = report.resources().get(0);
    assertStatus(ResourceStatus.FAILED, dangling);
    assertTrue(dangling.issues().get(0).message().contains("broken symbolic link"), dangling.issues().toString());
    assertStatus(ResourceStatus.COMPLETE, report.resources().get(1));
  }

  @Test
  void unopenableResourceFails() {
    DatasetResource gone = DatasetResource.of(dir.resolve("missing.csv"));
    ResourceReport r = tokenScanner().build().scan(gone);
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().startsWith("cannot read"));
  }

  @Test
  void minConfidenceDropsWeakMatches() {
    Path f = write(dir, "c.csv", "a\ntok_lowish\nx\ny\ntok_high\n"); // 1 in 4: not a token column
    assertEquals(1, tokenScanner().build().scan(DatasetResource.of(f)).findings().get(0).count());
    assertEquals(2, tokenScanner().minConfidence(0.1).build().scan(DatasetResource.of(f)).findings().get(0).count());
  }

  @Test
  void evidencePolicies() {
    Path f = write(dir, "e.csv", "a\ntok_abcdef123\n");
    String masked = evidence(tokenScanner().build(), f);
    assertEquals("***_*****f123", masked);
    assertFalse(masked.contains("abcde"));
    assertEquals("tok_abcdef123", evidence(tokenScanner().evidence(EvidencePolicy.RAW).build(), f));
    assertNull(evidence(tokenScanner().evidence(EvidencePolicy.NONE).build(), f));
    byte[] key = new byte[16];
    String h1 = evidence(tokenScanner().evidence(EvidencePolicy.HASH).hashKey(key).build(), f);
    String h2 = evidence(tokenScanner().evidence(EvidencePolicy.HASH).hashKey(key).build(), f);
    assertEquals(h1, h2);
    assertTrue(h1.matches("hmac-sha256:[0-9a-f]{16}"), h1);
  }

  private static String evidence(Scanner s, Path f) {
    return s.scan(DatasetResource.of(f)).findings().get(0).occurrences().get(0).evidence();
  }

  @Test
  void maxRecordsStopsAndSaysSo() {
    Path f = write(dir, "m.csv", "a\ntok_1\ntok_2\ntok_3\n");
    ResourceReport r = tokenScanner().maxRecords(2).build().scan(DatasetResource.of(f));
    assertStatus(ResourceStatus.PARTIAL, r);
    assertEquals(2, r.findings().get(0).count());
    assertEquals(2L, r.issues().get(0).record());
  }

  @Test
  void samplingIsDeterministicAndRoughlyProportional() {
    StringBuilder sb = new StringBuilder("a\n");
    for (int i = 0; i < 10_000; i++) {
      sb.append("tok_").append(i).append('\n');
    }
    Path f = write(dir, "s.csv", sb.toString());
    String a = json(tokenScanner().sampleFraction(0.1).build().scan(List.of(DatasetResource.of(f))));
    String b = json(tokenScanner().sampleFraction(0.1).threads(4).build().scan(List.of(DatasetResource.of(f))));
    assertEquals(a, b);
    long n = tokenScanner().sampleFraction(0.1).build().scan(DatasetResource.of(f)).findings().get(0).count();
    assertTrue(n > 800 && n < 1200, "sampled " + n);
  }

  @Test
  void listenerSeesEveryOccurrenceAndEveryResource() {
    List<DatasetResource> resources = corpus();
    ConcurrentLinkedQueue<Occurrence> seen = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    ScanReport report = tokenScanner().threads(4).build().scan(resources, new ScanListener() {
      @Override
      public void onOccurrence(DatasetResource r, InfoType t, Occurrence o) {
        seen.add(o);
      }

      @Override
      public void onResourceCompleted(ResourceReport r) {
        done.incrementAndGet();
      }
    });
    assertEquals(resources.size(), done.get());
    assertEquals(report.countsByInfoType().get("TEST_TOKEN").longValue(), seen.size());
  }

  @Test
  void aListenerThatTakesNoOccurrencesGetsNoneAndTheSameReport() {
    List<DatasetResource> resources = corpus();
    AtomicInteger occurrences = new AtomicInteger();
    AtomicInteger asked = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ScanListener resourcesOnly = new ScanListener() {
      @Override
      public boolean wantsOccurrences() {
        asked.incrementAndGet();
        return false;
      }

      @Override
      public void onOccurrence(DatasetResource r, InfoType t, Occurrence o) {
        occurrences.incrementAndGet();
      }

      @Override
      public void onResourceCompleted(ResourceReport r) {
        done.incrementAndGet();
      }
    };
    // Small splits: many batches per resource, and the answer is still asked once per resource.
    Scanner scanner = tokenScanner().threads(4).splitSize(64 * 1024).build();
    String withListener = json(scanner.scan(resources, resourcesOnly));
    assertEquals(0, occurrences.get());
    assertEquals(resources.size(), asked.get());
    assertEquals(resources.size(), done.get());
    assertEquals(json(tokenScanner().threads(1).build().scan(resources)), withListener);
    assertTrue(withListener.contains("TEST_TOKEN"), withListener);
  }

  @Test
  void aListenerFailureOnAWorkerAbortsTheScanAndTheScannerStillWorks() {
    List<DatasetResource> resources = corpus();
    Scanner scanner = tokenScanner().threads(4).splitSize(64 * 1024).build();
    IllegalStateException boom = new IllegalStateException("listener failed");
    ScanListener failing = new ScanListener() {
      @Override
      public void onOccurrence(DatasetResource r, InfoType t, Occurrence o) {
        throw boom;
      }
    };
    assertSame(boom, assertThrows(IllegalStateException.class, () -> scanner.scan(resources, failing)));
    assertEquals(json(tokenScanner().threads(1).build().scan(resources)), json(scanner.scan(resources)));
  }

  @Test
  void consecutiveScansShareTheScannersDetectionThreads() {
    List<DatasetResource> resources = corpus();
    Scanner scanner = tokenScanner().threads(2).splitSize(64 * 1024).build();
    Set<Thread> detecting = ConcurrentHashMap.newKeySet();
    ScanListener listener = new ScanListener() {
      @Override
      public void onOccurrence(DatasetResource r, InfoType t, Occurrence o) {
        if (Thread.currentThread().getName().startsWith("datasieve-detect-")) {
          detecting.add(Thread.currentThread());
        }
      }
    };
    String first = json(scanner.scan(resources, listener));
    assertEquals(first, json(scanner.scan(resources, listener)));
    assertFalse(detecting.isEmpty());
    assertTrue(detecting.size() <= 2, "two scans, one pool of two threads: " + detecting);
  }

  @Test
  void failingDetectorBecomesAWarningNotACrash() {
    Detector bad = new Detector() {
      @Override public String id() { return "bad"; }
      @Override public List<InfoType> infoTypes() { return List.of(TokenDetector.TOKEN); }
      @Override public void detect(FieldValue v, MatchSink s) { s.match(TokenDetector.TOKEN, 0, 9999, 0.9); }
    };
    Path f = write(dir, "b.csv", "a\nx\n");
    ResourceReport r = Scanner.builder().detector(bad).threads(1).build().scan(DatasetResource.of(f));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertTrue(r.issues().get(0).message().contains("detector 'bad' failed"));
  }

  /** Reports one fixed span of a value with a fixed confidence. */
  private static Detector fixed(String id, InfoType type, int start, int end, double confidence) {
    return new Detector() {
      @Override public String id() { return id; }
      @Override public List<InfoType> infoTypes() { return List.of(type); }
      @Override public void detect(FieldValue v, MatchSink s) {
        if (v.text().length() >= end) {
          s.match(type, start, end, confidence, id);
        }
      }
    };
  }

  @Test
  void overlappingMatchesOfDifferentTypesKeepTheMoreConfident() {
    InfoType a = new InfoType("TYPE_A", "PII", "PII/A", Severity.HIGH);
    InfoType b = new InfoType("TYPE_B", "PII", "PII/B", Severity.HIGH);
    InfoType c = new InfoType("TYPE_C", "PII", "PII/C", Severity.HIGH);
    Path f = write(dir, "o.csv", "v\n0123456789abcdef\n");
    ResourceReport r = Scanner.builder().threads(1)
        .detector(fixed("a", a, 0, 12, 0.95))   // wins over b: more confident
        .detector(fixed("b", b, 4, 10, 0.85))
        .detector(fixed("c", c, 0, 12, 0.95))   // ties with a exactly: both stay
        .build().scan(DatasetResource.of(f));
    assertEquals(List.of("TYPE_A", "TYPE_C"), r.findings().stream().map(x -> x.infoType().id()).toList());
  }

  @Test
  void allowListsDropValuesExactlyOrByWholePattern() {
    Path f = write(dir, "a.csv", "v\ntok_keep tok_skip tok_test1 tok_test22x\n");
    ResourceReport r = tokenScanner().allOccurrences().evidence(EvidencePolicy.RAW)
        .allow("tok_skip").allowPattern("tok_test[0-9]+").build().scan(DatasetResource.of(f));
    assertEquals(List.of("tok_keep", "tok_test22x"), r.findings().get(0).occurrences().stream().map(Occurrence::evidence).toList());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Scanner.builder().allowPattern("a(b"))
        .getMessage().contains("'a(b'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> tokenScanner().withoutDetector("nope"))
        .getMessage().contains("'nope'"));
  }

  @Test
  void builderRejectsBadValuesNamingThem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Scanner.builder().threads(0))
        .getMessage().contains("got 0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Scanner.builder().minConfidence(1.5))
        .getMessage().contains("1.5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Scanner.builder().sampleFraction(0))
        .getMessage().contains("sampleFraction"));
    assertTrue(assertThrows(IllegalStateException.class, () -> Scanner.builder().build())
        .getMessage().contains("no detectors"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Scanner.builder().detector(new TokenDetector()).detector(new TokenDetector()))
        .getMessage().contains("test-token"));
  }

  @Test
  void settingsDescribeWhatTheBuilderSet() {
    ScanSettings s = tokenScanner().minConfidence(0.7).maxOccurrences(3).evidence(EvidencePolicy.HASH).threads(2)
        .maxRecords(10).sampleFraction(0.5).splitSize(1 << 20).columnThreshold(0.8).allow("x").allowPattern("y+")
        .readerOption("csv.header", "no").build().settings();
    assertEquals(new ScanSettings(0.7, 3, EvidencePolicy.HASH, 2, 1 << 20, 64 << 20, 10, 0.5, 100, 1 << 20, 0.8,
        java.util.Set.of("x"), List.of("y+"), java.util.Map.of("csv.header", "no")), s);
  }

  @Test
  void declaredFormatOverridesTheName() {
    Path f = write(dir, "data.txt", "{\"a\":\"tok_x\"}\n");
    ResourceReport r = tokenScanner().build().scan(DatasetResource.builder(f).format(DataFormat.JSONL).build());
    assertEquals(DataFormat.JSONL, r.format());
    assertEquals("$.a", r.findings().get(0).occurrences().get(0).field());
  }

  @Test
  void parquetWithoutTheModuleIsSkippedWithAHint() {
    Path f = write(dir, "x.parquet", new byte[] {'P', 'A', 'R', '1'});
    ResourceReport r = tokenScanner().build().scan(DatasetResource.of(f));
    assertStatus(ResourceStatus.SKIPPED, r);
    assertTrue(r.issues().get(0).message().contains("io.datasieve:parquet"));
  }

  @Test
  void distinctFieldsPerFindingAreCappedDeterministically() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("{\"users\":{\"u").append(i).append("\":\"tok_").append(i).append("\"}}\n");
    }
    List<DatasetResource> r = List.of(DatasetResource.of(write(dir, "keys.jsonl", sb.toString())));
    Finding one = tokenScanner().threads(1).build().scan(r).resources().get(0).findings().get(0);
    assertEquals(3000, one.count());
    assertEquals(1000, one.fields().size());
    assertTrue(one.fieldsTruncated());
    assertEquals("$.users.u0", one.fields().get(0).field());
    assertEquals("$.users.u999", one.fields().get(999).field());
    assertEquals(json(tokenScanner().threads(1).build().scan(r)), json(tokenScanner().threads(4).build().scan(r)));
  }

  @Test
  void manyIssuesAreCappedAndCounted() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{bad\n");
    }
    ResourceReport r = tokenScanner().maxIssues(10).build().scan(DatasetResource.of(write(dir, "i.jsonl", sb.toString())));
    assertEquals(11, r.issues().size());
    assertTrue(r.issues().get(10).message().startsWith("40 more issues"));
  }
}
