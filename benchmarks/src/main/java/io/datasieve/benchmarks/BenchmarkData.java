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

  private static final String[] GREETINGS = {"Hi,", "Hello there,", "Good morning!", "Thanks for the quick reply.", "Hey team,"};
  private static final String[] FIRST = {"Maria", "Wei", "Fatima", "Liam", "Priya", "Diego", "Hana", "Noah", "Elena", "Tariq"};
  private static final String[] LAST = {"Chen", "Okafor", "Novak", "Silva", "Gupta", "Murphy", "Rossi", "Tanaka"};

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
      // Chat-like prose: sentences with capitalised starts, greetings, a name now and then,
      // occasionally an email or phone number, as in exported support conversations.
      StringBuilder body = new StringBuilder();
      body.append(GREETINGS[random.nextInt(GREETINGS.length)]);
      if (random.nextInt(3) == 0) {
        body.append(" I'm ").append(FIRST[random.nextInt(FIRST.length)]).append(' ').append(LAST[random.nextInt(LAST.length)]).append('.');
      }
      int sentences = 2 + random.nextInt(3);
      for (int k = 0; k < sentences; k++) {
        body.append(' ');
        int words = 8 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
          String word = WORDS[random.nextInt(WORDS.length)];
          body.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
        }
      }
      if (random.nextInt(20) == 0) {
        body.append(" Reach me at user").append(random.nextInt(1000)).append("@mail.com or (415) 867-").append(1000 + random.nextInt(8000)).append('.');
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
        body.toString().trim().replace(",", ";")
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
