package io.datasieve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset resource to scan: a file now, later an object in a bucket or a cloud dataset.
 *
 * <p>A resource has an identity (its {@link #uri()}), an optional declared {@link #format()} (when
 * absent the scanner infers it from the name and confirms it by content), caller-supplied
 * {@link #attributes()} that are copied into its report (for example {@code "cloudResource" ->
 * "GCP Vertex AI Dataset projects/p/locations/l/datasets/123"}), and a way to open its bytes.
 *
 * <p>Instances are immutable; equality is by URI, format and attributes.
 */
public final class DatasetResource {

  /** Opens the raw bytes of a resource. Called once per scan of the resource. */
  @FunctionalInterface
  public interface ContentOpener {
    /** Opens a new stream positioned at the first byte. */
    InputStream open() throws IOException;
  }

  private final URI uri;
  private final DataFormat format;
  private final Map<String, String> attributes;
  private final Path localPath;
  private final ContentOpener opener;

  private DatasetResource(Builder b) {
    this.uri = b.uri;
    this.format = b.format;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.localPath = b.localPath;
    this.opener = b.opener;
  }

  /** A resource for a local file, with format inferred and no attributes. */
  public static DatasetResource of(Path file) {
    return builder(file).build();
  }

  /** A builder for a local file. */
  public static Builder builder(Path file) {
    Path abs = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    Builder b = new Builder(abs.toUri());
    b.localPath = abs;
    b.opener = () -> Files.newInputStream(abs);
    return b;
  }

  /**
   * A builder for a resource that is not a local file. {@link Builder#content(ContentOpener)} must
   * be given.
   */
  public static Builder builder(URI uri) {
    return new Builder(Objects.requireNonNull(uri, "uri"));
  }

  /**
   * Lists the regular files below {@code root} (or {@code root} itself if it is a file), sorted by
   * path. Hidden files are included and symbolic links to files are followed, but links to
   * directories are not (no cycles). Nothing is dropped silently: a directory that cannot be read
   * or a broken link becomes a resource whose opening fails, so its scan reports it as FAILED with
   * the reason and the rest of the walk goes on.
   *
   * @throws IllegalArgumentException if {@code root} does not exist
   * @throws UncheckedIOException if {@code root} itself cannot be walked
   */
  public static List<DatasetResource> walk(Path root) {
    Objects.requireNonNull(root, "root");
    if (Files.isRegularFile(root)) {
      return List.of(of(root));
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no such file or directory: " + root);
    }
    Map<Path, DatasetResource> found = new java.util.TreeMap<>();
    try {
      Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
          if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
            found.put(file, of(file));
          } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
            found.put(file, unreadable(file, new IOException("broken symbolic link")));
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
          found.put(file, unreadable(file, e));
          return java.nio.file.FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk " + root + ": " + e.getMessage(), e);
    }
    return List.copyOf(found.values());
  }

  private static DatasetResource unreadable(Path file, IOException cause) {
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return builder(file).content(() -> {
      throw new IOException(why.equals(file.toString()) ? "cannot open " + file : why, cause);
    }).build();
  }

  /** Identity of the resource ({@code file:///...} for local files). */
  public URI uri() {
    return uri;
  }

  /** Declared format, or empty to infer it. */
  public Optional<DataFormat> format() {
    return Optional.ofNullable(format);
  }

  /** Caller-supplied attributes, carried into the report, in insertion order. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The local file, if the resource is one (readers needing random access use it). */
  public Optional<Path> localPath() {
    return Optional.ofNullable(localPath);
  }

  /** The last path segment of the URI, used to infer the format. */
  public String fileName() {
    String s = localPath != null ? localPath.getFileName().toString() : uri.getPath();
    if (s == null) {
      return "";
    }
    int slash = s.lastIndexOf('/');
    return slash >= 0 ? s.substring(slash + 1) : s;
  }

  /** Opens the bytes of the resource. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** Returns a copy with the given declared format. */
  public DatasetResource withFormat(DataFormat newFormat) {
    Builder b = new Builder(uri);
    b.format = newFormat;
    b.attributes.putAll(attributes);
    b.localPath = localPath;
    b.opener = opener;
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatasetResource r
        && uri.equals(r.uri)
        && Objects.equals(format, r.format)
        && attributes.equals(r.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, format, attributes);
  }

  @Override
  public String toString() {
    return uri.toString();
  }

  /** Builds a {@link DatasetResource}; setters validate at once. */
  public static final class Builder {
    private final URI uri;
    private DataFormat format;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Path localPath;
    private ContentOpener opener;

    private Builder(URI uri) {
      this.uri = uri;
    }

    /** Declares the format instead of inferring it. */
    public Builder format(DataFormat value) {
      this.format = Objects.requireNonNull(value, "format");
      return this;
    }

    /** Adds an attribute carried into every report of this resource. */
    public Builder attribute(String key, String value) {
      Objects.requireNonNull(key, "attribute key");
      Objects.requireNonNull(value, "attribute value for " + key);
      if (key.isBlank()) {
        throw new IllegalArgumentException("attribute key is blank");
      }
      attributes.put(key, value);
      return this;
    }

    /** Sets how the bytes are opened (required for non-file URIs). */
    public Builder content(ContentOpener value) {
      this.opener = Objects.requireNonNull(value, "content opener");
      return this;
    }

    /** Builds the resource. */
    public DatasetResource build() {
      if (opener == null) {
        throw new IllegalStateException(
            "resource " + uri + " has no content opener: call content(...) for non-file URIs");
      }
      return new DatasetResource(this);
    }
  }
}
