package io.datasieve.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.datasieve.FieldCount;
import io.datasieve.Finding;
import io.datasieve.Issue;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes the JSON report, schema version {@value #SCHEMA_VERSION}. The format is a contract
 * other tools parse: fields are only ever added, and their order is stable. See {@code
 * docs/report-format.md}.
 */
public final class JsonReportWriter implements ReportWriter {
  /** Incremented only for incompatible changes. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(ScanReport report, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "datasieve");
      g.writeStringField("version", report.toolVersion());
      g.writeEndObject();
      g.writeArrayFieldStart("resources");
      for (ResourceReport r : report.resources()) {
        writeResource(g, r);
      }
      g.writeEndArray();
      writeSummary(g, report);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeResource(JsonGenerator g, ResourceReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("uri", r.resource().uri().toString());
    g.writeStringField("format", r.format() == null ? null : r.format().name());
    g.writeObjectFieldStart("attributes");
    for (Map.Entry<String, String> e : r.resource().attributes().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("status", r.status().name());
    g.writeArrayFieldStart("issues");
    for (Issue i : r.issues()) {
      g.writeStartObject();
      g.writeStringField("severity", i.severity().name());
      g.writeStringField("message", i.message());
      if (i.record() != null) {
        g.writeNumberField("record", i.record());
      }
      if (i.line() != null) {
        g.writeNumberField("line", i.line());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("stats");
    g.writeNumberField("records", r.stats().records());
    g.writeNumberField("fields", r.stats().fields());
    g.writeNumberField("bytes", r.stats().bytes());
    g.writeNumberField("durationMillis", r.stats().durationMillis());
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("columns");
    for (io.datasieve.ColumnClassification c : r.columns()) {
      g.writeStartObject();
      g.writeStringField("field", c.field());
      g.writeArrayFieldStart("infoTypes");
      for (String t : c.infoTypes()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeNumberField("matchedRatio", c.matchedRatio());
      g.writeNumberField("values", c.values());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("infoType", f.infoType().id());
    g.writeStringField("category", f.infoType().category());
    g.writeStringField("label", f.infoType().label());
    g.writeStringField("detector", f.detector());
    g.writeStringField("severity", f.severity().name());
    g.writeNumberField("confidence", f.confidence());
    if (f.explanation() != null) {
      g.writeStringField("explanation", f.explanation());
    }
    g.writeNumberField("count", f.count());
    g.writeArrayFieldStart("fields");
    for (FieldCount fc : f.fields()) {
      g.writeStartObject();
      g.writeStringField("field", fc.field());
      g.writeNumberField("count", fc.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (f.fieldsTruncated()) {
      g.writeBooleanField("fieldsTruncated", true);
    }
    g.writeArrayFieldStart("occurrences");
    for (Occurrence o : f.occurrences()) {
      g.writeStartObject();
      g.writeNumberField("record", o.record());
      g.writeStringField("field", o.field());
      g.writeNumberField("start", o.start());
      g.writeNumberField("end", o.end());
      g.writeNumberField("confidence", o.confidence());
      if (o.evidence() != null) {
        g.writeStringField("evidence", o.evidence());
      }
      if (o.explanation() != null) {
        g.writeStringField("explanation", o.explanation());
      }
      if (o.fingerprint() != null) {
        g.writeStringField("fingerprint", o.fingerprint());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("occurrencesTruncated", f.occurrencesTruncated());
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, ScanReport report) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("resources", report.resources().size());
    g.writeNumberField("findings", report.findingCount());
    g.writeObjectFieldStart("byInfoType");
    for (Map.Entry<String, Long> e : report.countsByInfoType().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    Map<io.datasieve.ResourceStatus, Integer> byStatus = new EnumMap<>(io.datasieve.ResourceStatus.class);
    for (ResourceReport r : report.resources()) {
      byStatus.merge(r.status(), 1, Integer::sum);
    }
    g.writeObjectFieldStart("byStatus");
    for (Map.Entry<io.datasieve.ResourceStatus, Integer> e : byStatus.entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
