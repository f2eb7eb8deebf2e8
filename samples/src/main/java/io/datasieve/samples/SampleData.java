package io.datasieve.samples;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
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
 * Writes the sample datasets: synthetic people with synthetic SSNs, plus decoys that a naive
 * detector would report (SSA-invalid numbers, nine-digit order numbers, hyphenated order ids,
 * phone numbers, dates). Deterministic: the same seed gives the same bytes, and a test checks
 * that the committed files in {@code samples/data} are exactly what this writes.
 *
 * <p>Usage: {@code mvn -pl samples -am -q install -DskipTests && mvn -pl samples exec:java}, or
 * run {@code SampleData SAMPLES_DIR}.
 */
public final class SampleData {
  private static final String[] FIRST = {
    "Avery", "Jordan", "Maria", "Wei", "Fatima", "Liam", "Priya", "Diego", "Hana", "Noah",
    "Amara", "Lukas", "Sofia", "Kenji", "Chloe", "Mateo", "Zainab", "Oscar", "Ines", "Tariq"
  };
  private static final String[] LAST = {
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ramirez", "Chen", "Kowalski",
    "Osei", "Fischer", "Gupta", "Silva", "Murphy", "Nakamura", "Rossi", "Dubois", "Ali"
  };
  private static final String[] INVALID_SSNS = {
    "000-12-3456", "666-45-1234", "912-34-5678", "123-45-6789", "078-05-1120", "536-00-1234", "536-22-0000"
  };

  private final Random random;

  private SampleData(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes the samples into {@code args[0]/data} and the labeled evaluation corpus into {@code
   * args[0]/eval} (default {@code samples}).
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "samples");
    writeAll(root.resolve("data"));
    EvalCorpus.writeAll(root.resolve("eval"));
    System.out.println("wrote samples to " + root.resolve("data").toAbsolutePath() + " and " + root.resolve("eval").toAbsolutePath());
  }

  /** Writes {@code customers.csv}, {@code support_chats.jsonl} and {@code transactions.parquet}. */
  public static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    new SampleData(20261122L).customersCsv(dir.resolve("customers.csv"));
    new SampleData(20261123L).chatsJsonl(dir.resolve("support_chats.jsonl"));
    new SampleData(20261124L).transactionsParquet(dir.resolve("transactions.parquet"));
  }

  /** A synthetic SSN the SSA could issue (never one of the published numbers). */
  String ssn() {
    return ssn(random);
  }

  /** A synthetic SSN the SSA could issue, drawn from {@code random} (shared by the generators). */
  static String ssn(Random random) {
    int area;
    do {
      area = 1 + random.nextInt(899);
    } while (area == 666 || area == 123 || area == 78 || area == 219);
    return String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
  }

  /** Nine digits shaped like a bare SSN but meant as an order number (no SSN context). */
  String orderNumber() {
    return String.format("%09d", 100_000_000 + random.nextInt(800_000_000));
  }

  String name() {
    return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
  }

  String phone() {
    return String.format("(%03d) 555-%04d", 201 + random.nextInt(700), random.nextInt(10000));
  }

  LocalDate birthDate() {
    return LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private void customersCsv(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,full_name,ssn,date_of_birth,phone,order_number,notes\n");
      for (int i = 0; i < 300; i++) {
        String ssn;
        int kind = random.nextInt(20);
        if (kind == 0) {
          ssn = INVALID_SSNS[random.nextInt(INVALID_SSNS.length)]; // decoy: never issued
        } else if (kind == 1) {
          ssn = ssn().replace("-", ""); // bare form, but in the ssn column
        } else if (kind == 2) {
          ssn = "";
        } else {
          ssn = ssn();
        }
        String notes;
        switch (random.nextInt(8)) {
          case 0 -> notes = "Customer read out SSN " + ssn() + " for verification";
          case 1 -> notes = "Order ORD-" + ssn() + " delayed"; // hyphenated id: not an SSN
          case 2 -> notes = "\"Callback requested,\nsecond line of the note\"";
          case 3 -> notes = "Invoice " + orderNumber() + " paid";
          default -> notes = "";
        }
        w.write(String.format("C%05d,%s,%s,%s,%s,%s,%s%n", 10_000 + i, name(), ssn, birthDate(), phone(),
            orderNumber(), notes));
      }
    }
  }

  private void chatsJsonl(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 200; i++) {
        List<String> msgs = new ArrayList<>();
        msgs.add(message("system", "You are a helpful support assistant."));
        msgs.add(message("user", switch (random.nextInt(6)) {
          case 0 -> "Hi, my social security number is " + ssn() + ", can you check my claim?";
          case 1 -> "My SSN: " + ssn().replace("-", "") + " and my order is " + orderNumber();
          case 2 -> "The example card said 078-05-1120, is that mine?"; // published: invalid
          case 3 -> "Tracking number " + orderNumber() + " has not moved since Monday";
          case 4 -> "Call me at " + phone() + " please";
          default -> "Where is my refund for order " + orderNumber() + "?";
        }));
        msgs.add(message("assistant", "Thanks, I have noted that. Never share your SSN in chat."));
        String customer = random.nextInt(4) == 0
            ? "{\"name\":\"" + name() + "\",\"ssn\":\"" + ssn() + "\",\"tier\":" + random.nextInt(3) + "}"
            : "{\"name\":\"" + name() + "\",\"vip\":" + random.nextBoolean() + "}";
        w.write("{\"conversation_id\":" + (5000 + i) + ",\"customer\":" + customer + ",\"messages\":["
            + String.join(",", msgs) + "],\"rating\":" + (1 + random.nextInt(5)) + "}\n");
      }
    }
  }

  private static String message(String role, String content) {
    return "{\"role\":\"" + role + "\",\"content\":\"" + content.replace("\"", "\\\"") + "\"}";
  }

  private void transactionsParquet(Path file) throws IOException {
    Schema decimal = LogicalTypes.decimal(12, 2).addToSchema(Schema.create(Schema.Type.BYTES));
    Schema date = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
    Schema holder = SchemaBuilder.record("Holder").fields()
        .requiredString("name")
        .optionalString("tax_id")
        .name("birth_date").type(date).noDefault()
        .endRecord();
    Schema schema = SchemaBuilder.record("Transaction").namespace("io.datasieve.samples").fields()
        .requiredLong("transaction_id")
        .name("holder").type(holder).noDefault()
        .name("amount").type(decimal).noDefault()
        .requiredString("reference")
        .name("memos").type().array().items().stringType().noDefault()
        .name("metadata").type().map().values().stringType().noDefault()
        .endRecord();
    Files.deleteIfExists(file);
    Conversions.DecimalConversion conv = new Conversions.DecimalConversion();
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
        .withSchema(schema)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withRowGroupSize(64L * 1024)
        .build()) {
      for (int i = 0; i < 400; i++) {
        GenericRecord h = new GenericData.Record(holder);
        h.put("name", name());
        int k = random.nextInt(10);
        h.put("tax_id", k < 6 ? ssn() : k == 6 ? INVALID_SSNS[random.nextInt(INVALID_SSNS.length)] : null);
        h.put("birth_date", (int) birthDate().toEpochDay());
        GenericRecord r = new GenericData.Record(schema);
        r.put("transaction_id", 9_000_000_000L + i);
        r.put("holder", h);
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
        r.put("amount", conv.toBytes(amount, decimal, decimal.getLogicalType()));
        r.put("reference", orderNumber());
        List<String> memos = new ArrayList<>();
        memos.add("ref " + orderNumber());
        if (random.nextInt(10) == 0) {
          memos.add("identity verified with SSN " + ssn());
        }
        r.put("memos", memos);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("channel", random.nextBoolean() ? "web" : "branch");
        meta.put("version", "2." + random.nextInt(10) + "." + random.nextInt(10));
        r.put("metadata", meta);
        w.write(r);
      }
    }
  }
}
