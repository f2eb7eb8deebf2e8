package io.datasieve.internal;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.spi.RecordSourceProvider;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the reader of a resource: the one for its declared format, else the one for its file
 * extension, looked up under a {@code .gz} suffix. Immutable once built.
 */
final class ResourceResolver {
  /**
   * The choice for one resource.
   *
   * @param provider the reader, or {@code null} when there is none
   * @param gzipName whether the name ends in {@code .gz}, so that the content must be gzip data
   * @param skipReason why there is no reader, naming the formats that have one; {@code null} with a reader
   */
  record Resolution(RecordSourceProvider provider, boolean gzipName, String skipReason) {}

  private final Map<DataFormat, RecordSourceProvider> byFormat = new LinkedHashMap<>();
  private final Map<String, RecordSourceProvider> byExtension = new HashMap<>();

  ResourceResolver(List<RecordSourceProvider> providers) {
    for (RecordSourceProvider p : providers) {
      // First provider wins, so a jar cannot silently replace a built-in reader.
      byFormat.putIfAbsent(p.format(), p);
      for (String ext : p.fileExtensions()) {
        byExtension.putIfAbsent(ext.toLowerCase(Locale.ROOT), p);
      }
    }
  }

  /** The formats that have a reader, in the order their providers were found. */
  Set<DataFormat> formats() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(byFormat.keySet()));
  }

  Resolution resolve(DatasetResource resource) {
    String name = resource.fileName().toLowerCase(Locale.ROOT);
    boolean gzipName = name.endsWith(".gz");
    if (resource.format().isPresent()) {
      DataFormat format = resource.format().get();
      RecordSourceProvider provider = byFormat.get(format);
      return provider != null
          ? new Resolution(provider, gzipName, null)
          : new Resolution(null, gzipName, "no reader for format " + format + " (known: " + formats() + ")");
    }
    String base = gzipName ? name.substring(0, name.length() - 3) : name;
    int dot = base.lastIndexOf('.');
    String ext = dot >= 0 ? base.substring(dot + 1) : "";
    RecordSourceProvider provider = byExtension.get(ext);
    if (provider != null) {
      return new Resolution(provider, gzipName, null);
    }
    String why = ext.equals("parquet") || ext.equals("parq")
        ? "Parquet support is not on the class path (add io.datasieve:parquet)"
        : "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'") + "; readable formats: " + formats();
    return new Resolution(null, gzipName, why);
  }
}
