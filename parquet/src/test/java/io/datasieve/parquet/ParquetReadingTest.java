package io.datasieve.parquet;

import static io.datasieve.testing.Scans.assertStatus;
import static io.datasieve.testing.Scans.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DataFormat;
import io.datasieve.DatasetResource;
import io.datasieve.Occurrence;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.Scanner;
import io.datasieve.testing.TokenDetector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetReadingTest {
  @TempDir Path dir;

  private static final Schema DECIMAL = LogicalTypes.decimal(9, 2).addToSchema(Schema.create(Schema.Type.BYTES));
  private static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
  private static final Schema TS = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
  private static final Schema USER = SchemaBuilder.record("User").fields()
      .requiredString("name")
      .name("phones").type().array().items().stringType().noDefault()
      .endRecord();
  private static final Schema ROW = SchemaBuilder.record("Row").fields()
      .requiredLong("id")
      .name("user").type(USER).noDefault()
      .name("tags").type().map().values().stringType().noDefault()
      .optionalString("note")
      .name("born").type(DATE).noDefault()
      .name("seen").type(TS).noDefault()
      .name("amount").type(DECIMAL).noDefault()
      .name("blob").type().bytesType().noDefault()
      .endRecord();

  private Scanner scanner() {
    return Scanner.builder().detector(new TokenDetector()).hashKey(new byte[16]).threads(1).allOccurrences().build();
  }

  private Path writeRows(String name, int rows, long rowGroupSize) throws IOException {
    Path file = dir.resolve(name);
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
        .withSchema(ROW)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(rowGroupSize)
        .withPageSize(1024)
        .build()) {
      for (int i = 0; i < rows; i++) {
        GenericRecord user = new GenericData.Record(USER);
        user.put("name", i % 100 == 7 ? "tok_name" + i : "plain");
        user.put("phones", List.of("x", i == 1 ? "tok_phone" : "y"));
        GenericRecord r = new GenericData.Record(ROW);
        r.put("id", (long) i);
        r.put("user", user);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("k", i == 2 ? "tok_map" : "v");
        tags.put("odd key", "v");
        r.put("tags", tags);
        r.put("note", i % 2 == 0 ? null : "n");
        r.put("born", (int) LocalDate.of(1987, 3, 4).toEpochDay());
        r.put("seen", Instant.parse("2024-01-02T03:04:05Z").toEpochMilli());
        r.put("amount", new Conversions.DecimalConversion().toBytes(new BigDecimal("1234.56"), DECIMAL, DECIMAL.getLogicalType()));
        r.put("blob", ByteBuffer.wrap(i == 3 ? new byte[] {(byte) 0xFF, 0, 1} : "tok_blob".getBytes(StandardCharsets.UTF_8)));
        w.write(r);
      }
    }
    return file;
  }

  @Test
  void nestedGroupsListsMapsAndLogicalTypesAreFlattened() throws IOException {
    Path file = writeRows("a.parquet", 4, 128 * 1024);
    ResourceReport r = scanner().scan(DatasetResource.of(file));
    assertStatus(ResourceStatus.COMPLETE, r);
    assertEquals(DataFormat.PARQUET, r.format());
    List<String> where = r.findings().get(0).occurrences().stream()
        .map(o -> o.record() + " " + o.field()).toList();
    assertEquals(List.of("0 $.blob", "1 $.user.phones[1]", "1 $.blob", "2 $.tags.k", "2 $.blob"), where);
    // Record 3's blob is not UTF-8: reported once, not scanned.
    assertTrue(r.issues().get(0).message().contains("$.blob") && r.issues().get(0).message().contains("binary"));
    // id, name, 2 phones, 2 tags, born, seen, amount, blob = 10; odd rows add note; row 3 has no blob.
    assertEquals(10 + 10 + 10 + 10 - 1 + 2, r.stats().fields());
    assertTrue(r.stats().bytes() > 0);
  }

  @Test
  void logicalValuesAreRenderedForDetectors() throws IOException {
    Path file = writeRows("v.parquet", 1, 128 * 1024);
    Map<String, String> seen = new LinkedHashMap<>();
    Scanner capture = Scanner.builder().threads(1).detector(new io.datasieve.spi.Detector() {
      @Override public String id() { return "capture"; }
      @Override public List<io.datasieve.InfoType> infoTypes() { return List.of(TokenDetector.TOKEN); }
      @Override public void detect(io.datasieve.spi.FieldValue v, io.datasieve.spi.MatchSink s) {
        seen.put(v.field().path(), v.text());
      }
    }).build();
    capture.scan(DatasetResource.of(file));
    assertEquals("1987-03-04", seen.get("$.born"));
    assertEquals("2024-01-02T03:04:05Z", seen.get("$.seen"));
    assertEquals("1234.56", seen.get("$.amount"));
    assertEquals("v", seen.get("$.tags['odd key']"));
    assertEquals("0", seen.get("$.id"));
  }

  @Test
  void rowGroupsAreReadInOrderAndThreadCountDoesNotMatter() throws IOException {
    Path file = writeRows("big.parquet", 20_000, 16 * 1024);
    String one = json(Scanner.builder().detector(new TokenDetector()).hashKey(new byte[16]).threads(1).build().scan(List.of(DatasetResource.of(file))));
    String four = json(Scanner.builder().detector(new TokenDetector()).hashKey(new byte[16]).threads(4).build().scan(List.of(DatasetResource.of(file))));
    assertEquals(one, four);
    ResourceReport r = scanner().scan(DatasetResource.of(file));
    List<Occurrence> names = r.findings().get(0).occurrences().stream()
        .filter(o -> o.field().equals("$.user.name")).toList();
    assertEquals(200, names.size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(i * 100L + 7, names.get(i).record());
    }
    assertEquals(20_000, r.stats().records());
  }

  @Test
  void rowGroupsReadInParallelPartsGiveTheSameReport() throws IOException {
    Path file = writeRows("parts.parquet", 30_000, 16 * 1024);
    io.datasieve.spi.SourceContext context = new io.datasieve.spi.SourceContext() {
      @Override public DatasetResource resource() { return DatasetResource.of(file); }
      @Override public java.io.InputStream openStream() { throw new IllegalStateException(); }
      @Override public int maxRecordLength() { return 1 << 20; }
      @Override public void report(io.datasieve.Issue issue) { }
      @Override public io.datasieve.spi.FieldPath fieldPath(String path) { return io.datasieve.spi.FieldPath.of(path); }
    };
    List<ParquetSourceProvider.RowGroups> parts = new ParquetSourceProvider().split(context, file, 64 * 1024);
    assertTrue(parts.size() >= 2, "parts: " + parts.size());
    long previousEnd = 0;
    for (ParquetSourceProvider.RowGroups p : parts) {
      assertTrue(p.start() >= previousEnd && p.end() > p.start());
      previousEnd = p.end();
    }
    String sequential = json(Scanner.builder().detector(new TokenDetector()).hashKey(new byte[16]).threads(1).allOccurrences()
        .build().scan(List.of(DatasetResource.of(file))));
    String parallel = json(Scanner.builder().detector(new TokenDetector()).hashKey(new byte[16]).threads(4).splitSize(64 * 1024)
        .allOccurrences().build().scan(List.of(DatasetResource.of(file))));
    assertEquals(sequential, parallel);
  }

  @Test
  void truncatedFileFailsWithAReason() throws IOException {
    Path file = writeRows("t.parquet", 1000, 16 * 1024);
    byte[] bytes = Files.readAllBytes(file);
    Path cut = dir.resolve("cut.parquet");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    ResourceReport r = scanner().scan(DatasetResource.of(cut));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().startsWith("cannot read"), r.issues().toString());
  }

  @Test
  void parquetNamedCsvIsRejectedByContent() throws IOException {
    Path file = writeRows("p.parquet", 3, 128 * 1024);
    Path csv = dir.resolve("looks.csv");
    Files.copy(file, csv);
    ResourceReport r = scanner().scan(DatasetResource.of(csv));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("parquet"), r.issues().toString());
  }

  @Test
  void csvNamedParquetIsRejectedByContent() throws IOException {
    Path file = dir.resolve("fake.parquet");
    Files.writeString(file, "a,b\n1,2\n");
    ResourceReport r = scanner().scan(DatasetResource.of(file));
    assertStatus(ResourceStatus.FAILED, r);
    assertTrue(r.issues().get(0).message().contains("PAR1"), r.issues().toString());
  }

  @Test
  void int96IsDecoded() {
    byte[] b = new byte[12];
    ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(3_600_000_000_000L).putInt(2_440_589);
    assertEquals("1970-01-02T01:00:00Z", ParquetRecordSource.int96(b));
  }
}
