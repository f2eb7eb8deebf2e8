package io.datasieve.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.datasieve.spi.FlatRecordSource;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a JSON document as records: each element of a top-level array is a record (the common
 * shape of exported training sets), and so is each top-level value when a file holds several
 * (JSON Lines saved as {@code .json}); a single object is one record. Only one record is held at a
 * time, and one may span at most the record-length limit. Paths start at the record: an array
 * element's fields are {@code $.instruction}, like a JSONL line's. A syntax error ends the read (a
 * JSON document cannot be resynchronised), with its line.
 */
final class JsonRecordSource extends FlatRecordSource {
  private final JsonParser parser;
  private final JsonValueFlattener flattener;
  private final long maxChars;
  private boolean inArray;
  private long index = -1;
  private long line = -1;

  JsonRecordSource(SourceContext context, InputStream in) throws IOException {
    this.maxChars = context.maxRecordLength();
    JsonFactory factory = JsonFactory.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(JsonValueFlattener.MAX_DEPTH + 1)
            .maxStringLength(Math.max(context.maxRecordLength(), 1))
            .maxNumberLength(10_000)
            .build())
        .build();
    this.parser = factory.createParser(in);
    this.flattener = new JsonValueFlattener(context);
  }

  @Override
  public boolean next() throws IOException {
    try {
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          return false;
        }
        if (inArray && t == JsonToken.END_ARRAY) {
          inArray = false;
          continue;
        }
        if (!inArray && t == JsonToken.START_ARRAY) {
          inArray = true; // a top-level array: its elements are the records
          continue;
        }
        index++;
        line = parser.currentLocation().getLineNr();
        record.clear();
        flattener.value(parser, t, record, maxChars);
        return true;
      }
    } catch (JsonProcessingException e) {
      index++;
      throw new IOException("invalid JSON at line " + e.getLocation().getLineNr() + ": " + JsonlRecordSource.describe(e), e);
    }
  }

  @Override
  public long recordIndex() {
    return index;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
