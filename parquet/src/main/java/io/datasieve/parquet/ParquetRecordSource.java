package io.datasieve.parquet;

import io.datasieve.Issue;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FlatRecordSource;
import io.datasieve.spi.SourceContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * Streams the rows of a Parquet file as flattened values: nested groups become {@code $.a.b},
 * lists {@code $.a[1]}, maps {@code $.m.key}. Dates, times, timestamps (including legacy INT96)
 * and decimals are rendered in ISO / plain form; binary columns are scanned when they hold valid
 * UTF-8, otherwise reported once per field as not scanned.
 */
final class ParquetRecordSource extends FlatRecordSource {
  private static final long JULIAN_EPOCH_DAY = 2_440_588L;

  private final SourceContext context;
  private final ParquetReader<GenericRecord> reader;
  private final Set<String> binaryReported = new HashSet<>();
  private final StringBuilder path = new StringBuilder();
  private long index = -1;

  /** Reads the whole file, or only the row groups of {@code part} when it is not null. */
  ParquetRecordSource(SourceContext context, Path file, ParquetSourceProvider.RowGroups part) throws IOException {
    this.context = context;
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    // Spark's legacy INT96 timestamps: read as fixed(12) and convert here instead of failing.
    conf.set("parquet.avro.readInt96AsFixed", "true");
    AvroParquetReader.Builder<GenericRecord> builder =
        AvroParquetReader.<GenericRecord>builder(named(file), conf).withDataModel(GenericData.get());
    if (part != null) {
      builder.withFileRange(part.start(), part.end());
      this.index = part.firstRecord() - 1;
    }
    this.reader = builder.build();
  }

  /** parquet-mr names files by their toString in its messages: make that the file name. */
  static LocalInputFile named(Path file) {
    return new LocalInputFile(file) {
      @Override
      public String toString() {
        return String.valueOf(file.getFileName());
      }
    };
  }

  @Override
  public boolean next() throws IOException {
    GenericRecord row = reader.read();
    if (row == null) {
      return false;
    }
    index++;
    record.clear();
    path.setLength(0);
    path.append('$');
    flatten(row, row.getSchema());
    return true;
  }

  private void flatten(Object value, Schema schema) {
    if (value == null) {
      return;
    }
    switch (schema.getType()) {
      case UNION:
        flatten(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
        return;
      case RECORD: {
        GenericRecord r = (GenericRecord) value;
        for (Schema.Field f : schema.getFields()) {
          int mark = path.length();
          FieldPath.appendMember(path, f.name());
          flatten(r.get(f.pos()), f.schema());
          path.setLength(mark);
        }
        return;
      }
      case ARRAY: {
        int i = 0;
        for (Object element : (Iterable<?>) value) {
          int mark = path.length();
          path.append('[').append(i++).append(']');
          flatten(element, schema.getElementType());
          path.setLength(mark);
        }
        return;
      }
      case MAP:
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          int mark = path.length();
          FieldPath.appendMember(path, String.valueOf(e.getKey()));
          flatten(e.getValue(), schema.getValueType());
          path.setLength(mark);
        }
        return;
      default:
        String text = scalar(value, schema);
        if (text != null) {
          record.add(context.fieldPath(path.toString()), text);
        }
    }
  }

  private String scalar(Object value, Schema schema) {
    LogicalType logical = schema.getLogicalType();
    switch (schema.getType()) {
      case STRING:
      case ENUM:
        return value.toString();
      case BOOLEAN:
      case FLOAT:
      case DOUBLE:
        return value.toString();
      case INT: {
        int v = (Integer) value;
        if (logical instanceof LogicalTypes.Date) {
          return LocalDate.ofEpochDay(v).toString();
        }
        if (logical instanceof LogicalTypes.TimeMillis) {
          return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
        }
        return Integer.toString(v);
      }
      case LONG: {
        long v = (Long) value;
        if (logical instanceof LogicalTypes.TimestampMillis) {
          return Instant.ofEpochMilli(v).toString();
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
          return Instant.EPOCH.plusNanos(Math.multiplyExact(v, 1000L)).toString();
        }
        if (logical instanceof LogicalTypes.LocalTimestampMillis) {
          return LocalDateTime.ofInstant(Instant.ofEpochMilli(v), ZoneOffset.UTC).toString();
        }
        if (logical instanceof LogicalTypes.LocalTimestampMicros) {
          return LocalDateTime.ofInstant(Instant.EPOCH.plusNanos(Math.multiplyExact(v, 1000L)), ZoneOffset.UTC).toString();
        }
        if (logical instanceof LogicalTypes.TimeMicros) {
          return LocalTime.ofNanoOfDay(v * 1000L).toString();
        }
        return Long.toString(v);
      }
      case BYTES: {
        ByteBuffer b = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return binary(bytes, logical);
      }
      case FIXED: {
        byte[] bytes = ((GenericFixed) value).bytes();
        if (bytes.length == 12 && logical == null && schema.getName().equalsIgnoreCase("INT96")) {
          return int96(bytes);
        }
        return binary(bytes, logical);
      }
      default:
        return null;
    }
  }

  private String binary(byte[] bytes, LogicalType logical) {
    if (logical instanceof LogicalTypes.Decimal d) {
      return new BigDecimal(new BigInteger(bytes), d.getScale()).toPlainString();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String p = path.toString();
      if (binaryReported.size() < 1000 && binaryReported.add(p)) {
        context.report(new Issue(Issue.Level.WARNING,
            "field '" + p + "' holds binary values that are not UTF-8 text; they were not scanned",
            index, null));
      }
      return null;
    }
  }

  /** INT96: 8 bytes nanos of day then 4 bytes Julian day, little-endian. */
  static String int96(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long nanos = b.getLong();
    long julianDay = b.getInt() & 0xFFFFFFFFL;
    return Instant.EPOCH.plusSeconds((julianDay - JULIAN_EPOCH_DAY) * 86_400L).plusNanos(nanos).toString();
  }

  @Override
  public long recordIndex() {
    return index;
  }

  @Override
  public long line() {
    return -1;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
