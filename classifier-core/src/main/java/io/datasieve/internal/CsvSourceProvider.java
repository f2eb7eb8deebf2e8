package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.spi.ContentSample;
import io.datasieve.spi.RecordSource;
import io.datasieve.spi.RecordSourceProvider;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/** Reads {@code .csv}, {@code .tsv} and {@code .psv} files (optionally gzip-compressed). */
public final class CsvSourceProvider implements RecordSourceProvider {
  @Override
  public DataFormat format() {
    return DataFormat.CSV;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("csv", "tsv", "psv", "tab");
  }

  @Override
  public String rejectContent(ContentSample sample) {
    return ContentSniffer.rejectNonText(sample, "CSV");
  }

  @Override
  public RecordSource open(SourceContext context) throws IOException {
    String name = context.resource().fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    char forced = 0;
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      forced = '\t';
    } else if (name.endsWith(".psv")) {
      forced = '|';
    }
    return new CsvRecordSource(context, forced);
  }
}
