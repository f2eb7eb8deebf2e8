package io.datasieve.benchmarks;

import io.datasieve.FieldCount;
import io.datasieve.Finding;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;

/**
 * What a benchmark's report must show, derived from what the generator planted: the exact
 * number of SSNs (and of secret-shaped tokens in the mixed corpus), and for the full suite lower
 * bounds on the e-mail addresses, cards and names found in the columns that hold them. The lower
 * bounds leave room for detectors to change their minds on edge cases; they still catch a path
 * that silently stopped finding things, which would otherwise look fast.
 */
final class Expectations {
  private final String label;
  private final String detector;
  private final long records;
  private final ThroughputCorpus.Contents planted;
  private final boolean crm;

  private Expectations(String label, String detector, long records, ThroughputCorpus.Contents planted, boolean crm) {
    this.label = label;
    this.detector = detector;
    this.records = records;
    this.planted = planted;
    this.crm = crm;
  }

  /** Expectations for a {@link ThroughputCorpus} file ({@code crm} or {@code mixed}) under a detector case. */
  static Expectations of(String corpus, String detector, ThroughputCorpus.Contents planted) {
    return new Expectations(corpus + "/" + detector, detector, planted.records(), planted, corpus.equals("crm"));
  }

  /** Expectations for the support export of {@link BenchmarkData}: its SSNs, and names for the full suite. */
  static Expectations support(String detector, long rows, long ssns) {
    return new Expectations("support/" + detector, detector, rows, new ThroughputCorpus.Contents(rows, 0, ssns, 0, 1, 0, 0, 0), false);
  }

  /** Returns {@code report} if it shows what was planted; throws naming the first difference otherwise. */
  ResourceReport check(ResourceReport report) {
    if (report.status() != ResourceStatus.COMPLETE || report.stats().records() != records) {
      throw fail("broken scan: " + report.status() + ", " + report.stats().records() + " of " + records + " records, " + report.issues());
    }
    if (detector.equals("raw")) {
      if (!report.findings().isEmpty()) {
        throw fail("the raw case reported " + report.findings());
      }
      return report;
    }
    exactly(report, "US_SSN", planted.ssns());
    if (detector.equals("pii")) {
      if (planted.githubTokens() > 0 || planted.awsAccessKeys() > 0) {
        exactly(report, "GITHUB_TOKEN", planted.githubTokens());
        exactly(report, "AWS_ACCESS_KEY", planted.awsAccessKeys());
      }
      if (crm) {
        atLeast(report, "EMAIL_ADDRESS", "email", planted.emails() * 9 / 10);
        atLeast(report, "CREDIT_CARD_NUMBER", "card_number", planted.cards() * 9 / 10);
        atLeast(report, "PERSON_NAME", "full_name", planted.personNames() / 2);
      } else {
        atLeast(report, "EMAIL_ADDRESS", null, planted.emails() * 9 / 10);
        atLeast(report, "PERSON_NAME", null, Math.max(1, planted.personNames() / 2));
      }
    }
    return report;
  }

  private void exactly(ResourceReport report, String infoType, long expected) {
    long found = count(report, infoType, null);
    if (found != expected) {
      throw fail("expected " + expected + " " + infoType + ", found " + found);
    }
  }

  private void atLeast(ResourceReport report, String infoType, String field, long expected) {
    long found = count(report, infoType, field);
    if (found < expected) {
      throw fail("expected at least " + expected + " " + infoType + (field == null ? "" : " in " + field) + ", found " + found);
    }
  }

  /** Matches of one info type, in one field or (field null) in all. */
  private static long count(ResourceReport report, String infoType, String field) {
    long n = 0;
    for (Finding f : report.findings()) {
      if (f.infoType().id().equals(infoType)) {
        if (field == null) {
          n += f.count();
        } else {
          for (FieldCount c : f.fields()) {
            n += c.field().equals(field) ? c.count() : 0;
          }
        }
      }
    }
    return n;
  }

  private IllegalStateException fail(String message) {
    return new IllegalStateException(label + ": " + message);
  }
}
