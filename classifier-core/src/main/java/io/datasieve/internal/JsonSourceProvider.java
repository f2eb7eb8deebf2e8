package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.util.Set;

/** Reads {@code .json} documents (optionally gzip-compressed): arrays of records, or objects. */
public final class JsonSourceProvider implements RecordSourceProvider {
  @Override
  public DataFormat format() {
    return DataFormat.JSON;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("json");
  }

  @Override
  public String rejectContent(ContentSample sample) {
    String text = ContentSniffer.rejectNonText(sample, "JSON");
    if (text != null) {
      return text;
    }
    for (byte b : sample.head()) {
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF) {
        continue;
      }
      return b == '[' || b == '{' ? null : "a JSON document starts with '[' or '{'";
    }
    return null;
  }

  @Override
  public RecordSource open(SourceContext context) throws IOException {
    return new JsonRecordSource(context, context.openStream());
  }
}
