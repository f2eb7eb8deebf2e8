package io.datasieve.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The same rows as CSV, JSONL and Parquet: ten columns of a customer-support export, mostly
 * prose and ids, with an SSN in about one row in fifty (realistic: sensitive values are rare).
 */
final class BenchmarkData {
  static final String[] COLUMNS = {
    "id", "created_at", "customer", "email", "ssn", "order_number", "amount", "status", "subject", "body"
  };
  private static final String[] WORDS = (
      "the order was delayed because the warehouse ran out of stock and the customer asked for a refund "
          + "please confirm the shipping address and the preferred delivery window our agent will call back "
          + "tomorrow morning with an update on the replacement part invoice attached thanks for your patience")
      .split(" ");

  /** Expected number of SSNs planted, for result checks. */
  final long ssns;

  private BenchmarkData(long ssns) {
    this.ssns = ssns;
  }

  static BenchmarkData write(Path dir, int rows) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(99);
    String[][] table = new String[rows][];
    long ssns = 0;
    for (int i = 0; i < rows; i++) {
      boolean planted = random.nextInt(50) == 0;
      if (planted) {
        ssns++;
      }
      StringBuilder body = new StringBuilder();
      int words = 20 + random.nextInt(40);
      for (int w = 0; w < words; w++) {
        body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      table[i] = new String[] {
        Integer.toString(i),
        "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T10:2" + random.nextInt(10) + ":00Z",
        "customer " + random.nextInt(100_000),
        "user" + random.nextInt(100_000) + "@example.com",
        planted ? String.format("%03d-%02d-%04d", 100 + random.nextInt(500), 10 + random.nextInt(80), 1000 + random.nextInt(8000)) : "",
        Integer.toString(100_000_000 + random.nextInt(800_000_000)),
        random.nextInt(1000) + "." + random.nextInt(100),
        random.nextBoolean() ? "open" : "closed",
        "Re: order " + random.nextInt(1_000_000),
        body.toString().trim()
      };
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("rows.csv"), StandardCharsets.UTF_8)) {
      w.write(String.join(",", COLUMNS));
      w.write('\n');
      for (String[] row : table) {
        w.write(String.join(",", row));
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("rows.jsonl"), StandardCharsets.UTF_8)) {
      for (String[] row : table) {
        w.write('{');
        for (int c = 0; c < COLUMNS.length; c++) {
          if (c > 0) {
            w.write(',');
          }
          w.write('"' + COLUMNS[c] + "\":\"" + row[c] + '"');
        }
        w.write("}\n");
      }
    }
    SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record("Row").fields();
    for (String c : COLUMNS) {
      fields = fields.requiredString(c);
    }
    Schema schema = fields.endRecord();
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(dir.resolve("rows.parquet")))
        .withSchema(schema)
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .build()) {
      for (String[] row : table) {
        GenericRecord r = new GenericData.Record(schema);
        for (int c = 0; c < COLUMNS.length; c++) {
          r.put(c, row[c]);
        }
        w.write(r);
      }
    }
    return new BenchmarkData(ssns);
  }
}
