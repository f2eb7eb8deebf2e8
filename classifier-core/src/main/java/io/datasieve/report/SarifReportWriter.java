package io.datasieve.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.datasieve.Finding;
import io.datasieve.InfoType;
import io.datasieve.Issue;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.ScanReport;
import io.datasieve.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 for code-scanning consumers. One rule per info type; one result per kept
 * occurrence, located by the resource URI plus a logical location {@code record[N].field} (data
 * files have no meaningful line/column for a cell); resource issues become tool execution
 * notifications.
 */
public final class SarifReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(ScanReport report, OutputStream out) throws IOException {
    Map<String, InfoType> rules = new LinkedHashMap<>();
    for (ResourceReport r : report.resources()) {
      for (Finding f : r.findings()) {
        rules.putIfAbsent(f.infoType().id(), f.infoType());
      }
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();

      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "datasieve");
      g.writeStringField("version", report.toolVersion());
      g.writeArrayFieldStart("rules");
      for (InfoType t : rules.values()) {
        ruleIndex.put(t.id(), ruleIndex.size());
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", t.label());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(t.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", t.category());
        g.writeStringField("severity", t.severity().name());
        g.writeArrayFieldStart("tags");
        g.writeString(t.category());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();

      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", !report.hasFailures());
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (ResourceReport r : report.resources()) {
        for (Issue i : r.issues()) {
          g.writeStartObject();
          g.writeStringField("level", i.severity() == Issue.Level.ERROR ? "error" : "warning");
          g.writeObjectFieldStart("message");
          g.writeStringField("text", (r.status() == ResourceStatus.COMPLETE ? "" : r.status() + ": ") + i.message());
          g.writeEndObject();
          g.writeArrayFieldStart("locations");
          g.writeStartObject();
          writePhysical(g, r, i.line());
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();

      g.writeArrayFieldStart("results");
      for (ResourceReport r : report.resources()) {
        for (Finding f : r.findings()) {
          for (Occurrence o : f.occurrences()) {
            writeResult(g, r, f, o, ruleIndex.get(f.infoType().id()));
          }
        }
      }
      g.writeEndArray();

      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeResult(JsonGenerator g, ResourceReport r, Finding f, Occurrence o, int rule)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.infoType().id());
    g.writeNumberField("ruleIndex", rule);
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.infoType().label() + " in field '" + o.field() + "' of record " + o.record()
        + (o.evidence() == null ? "" : ": " + o.evidence()));
    g.writeEndObject();
    if (o.fingerprint() != null) {
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField("secretHash/v1", o.fingerprint());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    writePhysical(g, r, null);
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", "record[" + o.record() + "]." + o.field());
    g.writeStringField("kind", "member");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("detector", f.detector());
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
    g.writeNumberField("findingCount", f.count());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writePhysical(JsonGenerator g, ResourceReport r, Long line) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", r.resource().uri().toString());
    g.writeEndObject();
    if (line != null && line > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", line);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static String level(Severity s) {
    switch (s) {
      case CRITICAL:
      case HIGH:
        return "error";
      case MEDIUM:
        return "warning";
      default:
        return "note";
    }
  }
}
