package io.datasieve.samples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
 * Writes the labeled evaluation corpus in {@code samples/eval}: three datasets (CSV, JSONL with
 * nested chats, Parquet) of synthetic people, and for each a {@code .labels.json} with every
 * planted sensitive value (record, field, info type, span) and the expected info types of every
 * column. Positives are checked with the same kind of validators the detectors use (Luhn,
 * mod-97, libphonenumber), so a label is never an invalid number. Decoys that naive detectors
 * report are planted on purpose: order numbers, epochs, prices, versions, UUIDs, tracking ids,
 * SSA-invalid SSNs, Luhn-invalid card numbers, dates that are not birth dates.
 *
 * <p>Deterministic: a test checks that the committed files are exactly what this writes.
 */
public final class EvalCorpus {
  private static final String[] FIRST = {
    "Avery", "Jordan", "Maria", "Wei", "Fatima", "Liam", "Priya", "Diego", "Hana", "Noah", "Amara", "Lukas",
    "Sofia", "Kenji", "Chloe", "Mateo", "Zainab", "Oscar", "Ines", "Tariq", "Grace", "Samuel", "Yara", "Elena"
  };
  private static final String[] LAST = {
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ramirez", "Chen", "Kowalski", "Osei",
    "Fischer", "Gupta", "Silva", "Murphy", "Nakamura", "Rossi", "Dubois", "Ali", "Johansson", "Petrov"
  };
  private static final String[] MAIL_DOMAINS = {"gmail.com", "outlook.com", "yahoo.com", "proton.me", "acme-corp.io", "fastmail.fm"};
  private static final String[] INVALID_SSNS = {"000-12-3456", "666-45-1234", "912-34-5678", "123-45-6789", "078-05-1120"};
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final Random random;
  private final List<Map<String, Object>> cells = new ArrayList<>();
  private final Map<String, List<String>> columns = new TreeMap<>();

  private EvalCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes every dataset and its labels. */
  public static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    new EvalCorpus(7001).customers(dir.resolve("customers.csv"));
    new EvalCorpus(7002).chats(dir.resolve("support_chats.jsonl"));
    new EvalCorpus(7003).accounts(dir.resolve("accounts.parquet"));
    new EvalCorpus(7004).secrets(dir.resolve("secrets.jsonl"));
  }

  // ---- values ----------------------------------------------------------------------------

  String name() {
    return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
  }

  String email(String name) {
    String[] p = name.toLowerCase(Locale.ROOT).split(" ");
    String local = switch (random.nextInt(3)) {
      case 0 -> p[0] + "." + p[1];
      case 1 -> p[0].charAt(0) + p[1] + random.nextInt(100);
      default -> p[0] + "_" + p[1];
    };
    return local + "@" + MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)];
  }

  String ssn() {
    return SampleData.ssn(random);
  }

  /** A US number libphonenumber considers valid, in one of the usual written forms. */
  String phone(boolean bareAllowed) {
    while (true) {
      String national = (2 + random.nextInt(8)) + String.format("%02d", random.nextInt(100))
          + (2 + random.nextInt(8)) + String.format("%02d", random.nextInt(100)) + String.format("%04d", random.nextInt(10000));
      try {
        Phonenumber.PhoneNumber p = PHONES.parse(national, "US");
        if (!PHONES.isValidNumberForRegion(p, "US") || national.substring(3, 6).equals("555")) {
          continue;
        }
        return switch (random.nextInt(bareAllowed ? 5 : 4)) {
          case 0 -> PHONES.format(p, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
          case 1 -> PHONES.format(p, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
          case 2 -> national.substring(0, 3) + "-" + national.substring(3, 6) + "-" + national.substring(6);
          case 3 -> national.substring(0, 3) + "." + national.substring(3, 6) + "." + national.substring(6);
          default -> national;
        };
      } catch (com.google.i18n.phonenumbers.NumberParseException e) {
        // try another
      }
    }
  }

  /** A Luhn-valid Visa or Mastercard number, grouped or not. */
  String card(boolean grouped) {
    StringBuilder sb = new StringBuilder(random.nextBoolean() ? "4" : "5" + (1 + random.nextInt(5)));
    while (sb.length() < 15) {
      sb.append(random.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      if (luhn(sb.toString() + check)) {
        sb.append(check);
        break;
      }
    }
    String pan = sb.toString();
    if (!grouped) {
      return pan;
    }
    return pan.substring(0, 4) + " " + pan.substring(4, 8) + " " + pan.substring(8, 12) + " " + pan.substring(12);
  }

  /** Sixteen digits that fail Luhn: a card-shaped decoy. */
  String notACard() {
    String c = card(false);
    int last = c.charAt(15) - '0';
    return c.substring(0, 15) + ((last + 3) % 10);
  }

  static boolean luhn(String d) {
    int sum = 0;
    for (int i = 0; i < d.length(); i++) {
      int v = d.charAt(d.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      }
      sum += v;
    }
    return sum % 10 == 0;
  }

  /** A German or Dutch IBAN with correct check digits, compact or printed in groups of four. */
  String iban() {
    String country;
    StringBuilder bban = new StringBuilder();
    if (random.nextBoolean()) {
      country = "DE";
      for (int i = 0; i < 18; i++) {
        bban.append(random.nextInt(10));
      }
    } else {
      country = "NL";
      String[] banks = {"ABNA", "RABO", "INGB", "TRIO"};
      bban.append(banks[random.nextInt(banks.length)]);
      for (int i = 0; i < 10; i++) {
        bban.append(random.nextInt(10));
      }
    }
    StringBuilder numeric = new StringBuilder();
    for (char ch : (bban + country + "00").toCharArray()) {
      numeric.append(Character.isLetter(ch) ? String.valueOf(ch - 'A' + 10) : String.valueOf(ch));
    }
    int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    String iban = country + String.format("%02d", check) + bban;
    if (random.nextBoolean()) {
      return iban;
    }
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        printed.append(' ');
      }
      printed.append(iban, i, Math.min(i + 4, iban.length()));
    }
    return printed.toString();
  }

  String ip() {
    int a;
    do {
      a = 1 + random.nextInt(222);
    } while (a == 10 || a == 127 || a == 100 || a == 169 || a == 172 || a == 192 || a == 198 || a == 203);
    return a + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  LocalDate birthDate() {
    return LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  String dateText(LocalDate d) {
    return switch (random.nextInt(4)) {
      case 0 -> d.toString();
      case 1 -> d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
      case 2 -> d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
      default -> d.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    };
  }

  String orderNumber() {
    return String.valueOf(100_000_000 + random.nextInt(900_000_000)) + (random.nextBoolean() ? String.valueOf(random.nextInt(10)) : "");
  }

  String uuid() {
    return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
  }

  // ---- labels ----------------------------------------------------------------------------

  private void label(long record, String field, String type, int start, int end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("record", record);
    m.put("field", field);
    m.put("infoType", type);
    m.put("start", start);
    m.put("end", end);
    cells.add(m);
  }

  /** Labels the whole value of a cell. */
  private void labelAll(long record, String field, String type, String value) {
    label(record, field, type, 0, value.length());
  }

  private void column(String field, String... types) {
    columns.put(field, List.of(types));
  }

  /** Builds free text from parts, labeling the sensitive ones. */
  private final class Text {
    private final StringBuilder sb = new StringBuilder();
    private final long record;
    private final String field;

    Text(long record, String field) {
      this.record = record;
      this.field = field;
    }

    Text plain(String s) {
      sb.append(s);
      return this;
    }

    Text pii(String type, String s) {
      label(record, field, type, sb.length(), sb.length() + s.length());
      sb.append(s);
      return this;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  private void writeLabels(Path dataset) throws IOException {
    Path file = dataset.resolveSibling(dataset.getFileName() + ".labels.json");
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayFieldStart("columns");
      for (Map.Entry<String, List<String>> c : columns.entrySet()) {
        g.writeStartObject();
        g.writeStringField("field", c.getKey());
        g.writeArrayFieldStart("infoTypes");
        for (String t : c.getValue()) {
          g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("cells");
      for (Map<String, Object> cell : cells) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeNumberField("record", (Long) cell.get("record"));
        g.writeStringField("field", (String) cell.get("field"));
        g.writeStringField("infoType", (String) cell.get("infoType"));
        g.writeNumberField("start", (Integer) cell.get("start"));
        g.writeNumberField("end", (Integer) cell.get("end"));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  // ---- datasets --------------------------------------------------------------------------

  private static String csvCell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private void customers(Path file) throws IOException {
    String[] header = {"customer_id", "full_name", "email", "phone", "ssn", "dob", "card_number", "iban", "last_login_ip",
      "order_number", "tracking_id", "amount", "created_at", "app_version", "notes"};
    column("customer_id");
    column("full_name", "PERSON_NAME");
    column("email", "EMAIL_ADDRESS");
    column("phone", "PHONE_NUMBER");
    column("ssn", "US_SSN");
    column("dob", "DATE_OF_BIRTH");
    column("card_number", "CREDIT_CARD_NUMBER");
    column("iban", "IBAN");
    column("last_login_ip", "IP_ADDRESS");
    column("order_number");
    column("tracking_id");
    column("amount");
    column("created_at");
    column("app_version");
    column("notes");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", header) + "\n");
      for (long r = 0; r < 600; r++) {
        String name = name();
        String email = email(name);
        String phone = phone(true);
        String ssn = random.nextInt(15) == 0 ? INVALID_SSNS[random.nextInt(INVALID_SSNS.length)]
            : random.nextInt(6) == 0 ? ssn().replace("-", "") : ssn();
        LocalDate dob = birthDate();
        String dobText = dateText(dob);
        String card = random.nextInt(12) == 0 ? notACard() : card(random.nextBoolean());
        String iban = iban();
        String ip = ip();
        labelAll(r, "full_name", "PERSON_NAME", name);
        labelAll(r, "email", "EMAIL_ADDRESS", email);
        labelAll(r, "phone", "PHONE_NUMBER", phone);
        if (!ssn.startsWith("000") && !ssn.startsWith("666") && !ssn.startsWith("9") && !ssn.equals("123-45-6789")
            && !ssn.equals("078-05-1120")) {
          labelAll(r, "ssn", "US_SSN", ssn);
        }
        labelAll(r, "dob", "DATE_OF_BIRTH", dobText);
        if (luhn(card.replace(" ", ""))) {
          labelAll(r, "card_number", "CREDIT_CARD_NUMBER", card);
        }
        labelAll(r, "iban", "IBAN", iban);
        labelAll(r, "last_login_ip", "IP_ADDRESS", ip);
        Text notes = new Text(r, "notes");
        switch (random.nextInt(10)) {
          case 0 -> notes.plain("Customer asked to change email to ").pii("EMAIL_ADDRESS", email(name())).plain(".");
          case 1 -> notes.plain("Call back at ").pii("PHONE_NUMBER", phone(false)).plain(" after 5pm");
          case 2 -> notes.plain("Refund for order ").plain(orderNumber()).plain(" approved");
          case 3 -> notes.plain("Verified identity, SSN ").pii("US_SSN", ssn()).plain(" on file");
          case 4 -> notes.plain("Ticket #").plain(String.valueOf(100_000_000 + random.nextInt(800_000_000))).plain(" escalated");
          case 5 -> notes.plain("Card ending ").plain(String.format("%04d", random.nextInt(10000))).plain(" declined; SKU-")
              .plain(String.format("%03d-%02d-%04d", random.nextInt(1000), random.nextInt(100), random.nextInt(10000)));
          case 6 -> notes.plain("Upgraded to v").plain(random.nextInt(10) + "." + random.nextInt(10) + "." + random.nextInt(10) + "." + random.nextInt(10));
          default -> notes.plain("");
        }
        String[] row = {
          String.format("C%06d", 100_000 + r), name, email, phone, ssn, dobText, card, iban, ip, orderNumber(),
          "1Z" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT),
          random.nextInt(5000) + "." + String.format("%02d", random.nextInt(100)),
          "2024-" + String.format("%02d-%02dT%02d:%02d:00Z", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)),
          random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(10) + "." + random.nextInt(100),
          notes.toString()
        };
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          line.append(c == 0 ? "" : ",").append(csvCell(row[c]));
        }
        w.write(line.append('\n').toString());
      }
    }
    writeLabels(file);
  }

  private void chats(Path file) throws IOException {
    column("$.conversation_id");
    column("$.customer.name", "PERSON_NAME");
    column("$.customer.email", "EMAIL_ADDRESS");
    column("$.customer.account_id");
    column("$.messages[*].role");
    column("$.messages[*].content");
    column("$.metadata.client_ip", "IP_ADDRESS");
    column("$.metadata.session");
    column("$.metadata.started_epoch");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long r = 0; r < 500; r++) {
        String name = name();
        String email = email(name);
        String ip = ip();
        labelAll(r, "$.customer.name", "PERSON_NAME", name);
        labelAll(r, "$.customer.email", "EMAIL_ADDRESS", email);
        labelAll(r, "$.metadata.client_ip", "IP_ADDRESS", ip);
        List<String> messages = new ArrayList<>();
        messages.add("{\"role\":\"system\",\"content\":\"You are a support assistant for Acme Bank.\"}");
        Text user = new Text(r, "$.messages[1].content");
        switch (random.nextInt(21)) {
          // Names in prose, and words that only look like names.
          case 17 -> user.plain("I spoke with ").pii("PERSON_NAME", name()).plain(" yesterday and she said to write here.");
          case 18 -> user.plain("Will you ask ").pii("PERSON_NAME", name()).plain(" to call me back? May I get a refund?");
          case 19 -> user.plain("PLEASE HELP. The Acme Widget Pro stopped working in March, Bill me later.");
          case 20 -> user.plain(FIRST[random.nextInt(FIRST.length)]).plain(" here, the Microsoft Teams link is broken.");
          // Hard cases: sensitive, but without the context a careful detector needs.
          case 12 -> user.plain("ping me ").pii("PHONE_NUMBER", phone(false).replaceAll("[^0-9]", "")).plain(" later");
          case 13 -> user.plain("use ").pii("CREDIT_CARD_NUMBER", card(false)).plain(" for the deposit");
          case 14 -> user.plain("my social is ").pii("US_SSN", ssn().replace("-", ""));
          // Look-alikes that are not personal data.
          case 15 -> user.plain("the form example says test@example.com and the deadline is March 4, 2027");
          case 16 -> user.plain("server 192.0.2.10 returned build 4.12.0.3 at epoch ").plain(String.valueOf(1_600_000_000L + random.nextInt(1000)));
          case 0 -> user.plain("Hi, I'm ").pii("PERSON_NAME", name).plain(" and my SSN is ").pii("US_SSN", ssn()).plain(".");
          case 1 -> user.plain("My card ").pii("CREDIT_CARD_NUMBER", card(true)).plain(" was charged twice for order ").plain(orderNumber());
          case 2 -> user.plain("Please send the refund to IBAN ").pii("IBAN", iban());
          case 3 -> user.plain("I was born on ").pii("DATE_OF_BIRTH", dateText(birthDate())).plain(", why does the form say otherwise?");
          case 4 -> user.plain("You can reach me at ").pii("PHONE_NUMBER", phone(false)).plain(" or ").pii("EMAIL_ADDRESS", email(name()));
          case 5 -> user.plain("Error id ").plain(uuid()).plain(" when logging in from app 3.2.1.4");
          case 6 -> user.plain("Order ").plain(orderNumber()).plain(" costs $").plain(random.nextInt(900) + ".99").plain(" but I was billed twice");
          case 7 -> user.plain("Tracking 1Z").plain(Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT)).plain(" shows delivered on 2024-03-0" + (1 + random.nextInt(9)));
          case 8 -> user.plain("The card number 4111 1111 1111 1111 from your docs does not work");
          case 9 -> user.plain("Is ").plain(notACard()).plain(" my account number?");
          case 10 -> user.plain("DOB ").pii("DATE_OF_BIRTH", birthDate().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))).plain(", zip 94107");
          default -> user.plain("My ssn ").pii("US_SSN", ssn().replace("-", "")).plain(" and ticket ").plain(String.valueOf(100_000_000 + random.nextInt(800_000_000)));
        }
        messages.add("{\"role\":\"user\",\"content\":\"" + user + "\"}");
        messages.add("{\"role\":\"assistant\",\"content\":\"Thanks, I have opened case " + orderNumber() + " for you.\"}");
        String customer = "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"account_id\":\"" + orderNumber() + "\"}";
        String metadata = "{\"client_ip\":\"" + ip + "\",\"session\":\"" + uuid() + "\",\"started_epoch\":"
            + (1_600_000_000L + random.nextInt(200_000_000)) + "}";
        w.write("{\"conversation_id\":" + (90_000 + r) + ",\"customer\":" + customer + ",\"messages\":["
            + String.join(",", messages) + "],\"metadata\":" + metadata + "}\n");
      }
    }
    writeLabels(file);
  }

  private void accounts(Path file) throws IOException {
    Schema date = org.apache.avro.LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
    Schema holder = SchemaBuilder.record("Holder").fields()
        .requiredString("name").requiredString("email")
        .name("phones").type().array().items().stringType().noDefault()
        .requiredString("ssn")
        .name("birth_date").type(date).noDefault()
        .endRecord();
    Schema schema = SchemaBuilder.record("Account").namespace("io.datasieve.samples").fields()
        .requiredLong("account_number")
        .name("holder").type(holder).noDefault()
        .requiredString("iban")
        .requiredString("card")
        .requiredString("reference")
        .requiredLong("opened_epoch_ms")
        .endRecord();
    column("$.account_number");
    column("$.holder.name", "PERSON_NAME");
    column("$.holder.email", "EMAIL_ADDRESS");
    column("$.holder.phones[*]", "PHONE_NUMBER");
    column("$.holder.ssn", "US_SSN");
    column("$.holder.birth_date", "DATE_OF_BIRTH");
    column("$.iban", "IBAN");
    column("$.card", "CREDIT_CARD_NUMBER");
    column("$.reference");
    column("$.opened_epoch_ms");
    Files.deleteIfExists(file);
    try (ParquetWriter<GenericRecord> w = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
        .withSchema(schema).withConf(new PlainParquetConfiguration()).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
      for (long r = 0; r < 400; r++) {
        String name = name();
        String email = email(name);
        List<String> phones = new ArrayList<>();
        for (int k = 0; k <= random.nextInt(2); k++) {
          String p = phone(true);
          phones.add(p);
          labelAll(r, "$.holder.phones[" + k + "]", "PHONE_NUMBER", p);
        }
        String ssn = ssn();
        LocalDate dob = birthDate();
        String iban = iban();
        String card = card(random.nextBoolean());
        labelAll(r, "$.holder.name", "PERSON_NAME", name);
        labelAll(r, "$.holder.email", "EMAIL_ADDRESS", email);
        labelAll(r, "$.holder.ssn", "US_SSN", ssn);
        labelAll(r, "$.holder.birth_date", "DATE_OF_BIRTH", dob.toString());
        labelAll(r, "$.iban", "IBAN", iban);
        labelAll(r, "$.card", "CREDIT_CARD_NUMBER", card);
        GenericRecord h = new GenericData.Record(holder);
        h.put("name", name);
        h.put("email", email);
        h.put("phones", phones);
        h.put("ssn", ssn);
        h.put("birth_date", (int) dob.toEpochDay());
        GenericRecord a = new GenericData.Record(schema);
        a.put("account_number", 10_000_000_000L + random.nextInt(1_000_000_000));
        a.put("holder", h);
        a.put("iban", iban);
        a.put("card", card);
        a.put("reference", "REF-" + orderNumber());
        a.put("opened_epoch_ms", 1_600_000_000_000L + (long) random.nextInt(1_000_000_000) * 100);
        w.write(a);
      }
    }
    writeLabels(file);
  }

  // ---- secrets ---------------------------------------------------------------------------

  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private String rnd(String chars, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** A planted secret: the text around it and the secret's span type. */
  private record Planted(String type, String before, String secret, String after) {}

  private Planted plantSecret() {
    String url = ALNUM + "_-";
    String b64 = ALNUM + "+/";
    return switch (random.nextInt(19)) {
      case 0 -> new Planted("AWS_ACCESS_KEY", "aws_access_key_id = ", "AKIA" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "");
      case 1 -> new Planted("AWS_SECRET_KEY", "aws_secret_access_key = ", rnd(b64, 40), "");
      case 2 -> new Planted("GCP_API_KEY", "const firebaseKey = '", "AIza" + rnd(url, 35), "';");
      case 3 -> new Planted("GITHUB_TOKEN", "git clone https://x-access-token:", "ghp_" + rnd(ALNUM, 36), "@github.com/acme/app.git");
      case 4 -> new Planted("GITLAB_TOKEN", "export GITLAB_TOKEN=", "glpat-" + rnd(url, 20), "");
      case 5 -> new Planted("SLACK_TOKEN", "slack bot token is ", "xoxb-" + rnd("0123456789", 12) + "-" + rnd("0123456789", 13) + "-" + rnd(ALNUM, 24), ", rotate it");
      case 6 -> new Planted("SLACK_WEBHOOK", "webhook: ", "https://hooks.slack.com/services/T" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9)
          + "/B" + rnd("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9) + "/" + rnd(ALNUM, 24), "");
      case 7 -> new Planted("STRIPE_KEY", "stripe.api_key = '", "sk_live_" + rnd(ALNUM, 24), "'");
      case 8 -> new Planted("SENDGRID_KEY", "SENDGRID_API_KEY=", "SG." + rnd(url, 22) + "." + rnd(url, 43), "");
      case 9 -> new Planted("OPENAI_API_KEY", "client = OpenAI(api_key=\"", "sk-proj-" + rnd(url, 40) + "T3BlbkFJ" + rnd(url, 40), "\")");
      case 10 -> new Planted("ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY=", "sk-ant-api03-" + rnd(url, 93) + "AA", "");
      case 11 -> new Planted("HUGGINGFACE_TOKEN", "huggingface-cli login --token ", "hf_" + rnd("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34), "");
      case 12 -> new Planted("NPM_TOKEN", "//registry.npmjs.org/:_authToken=", "npm_" + rnd(ALNUM, 36), "");
      case 13 -> new Planted("JWT", "session cookie: ", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rnd(url, 40) + "." + rnd(url, 43), "");
      case 14 -> new Planted("PRIVATE_KEY", "deploy key:\n", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + rnd(b64, 70) + "\n" + rnd(b64, 70)
          + "\n-----END OPENSSH PRIVATE KEY-----", "");
      case 15 -> new Planted("URL_PASSWORD", "DATABASE_URL=postgres://app:", rnd(ALNUM, 16), "@db.internal:5432/prod");
      case 16 -> new Planted("BEARER_TOKEN", "curl -H 'Authorization: Bearer ", rnd(url, 40), "' https://api.acme.io/v1/me");
      case 17 -> new Planted("GENERIC_SECRET", "api_key = \"", rnd(ALNUM, 32), "\"");
      default -> new Planted("PASSWORD", "db_password = \"", rnd(ALNUM, 8) + "#" + rnd(ALNUM, 5), "\"");
    };
  }

  private String secretDecoy() {
    return switch (random.nextInt(22)) {
      case 0 -> "aws_access_key_id = AKIAIOSFODNN7EXAMPLE";
      case 1 -> "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
      case 2 -> "api_key = <YOUR_API_KEY>";
      case 3 -> "token: ${GITHUB_TOKEN}";
      case 4 -> "password = \"changeme\"";
      case 5 -> "request_id = " + uuid();
      case 6 -> "commit " + rnd("0123456789abcdef", 40) + " fixes the cache";
      case 7 -> "\"integrity\": \"sha512-" + rnd(ALNUM + "+/", 60) + "==\"";
      case 8 -> "avatar = data:image/png;base64," + rnd(ALNUM + "+/", 60);
      case 9 -> "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rnd(ALNUM + "+/", 60) + " deploy@build";
      case 10 -> "-----BEGIN PUBLIC KEY-----\n" + rnd(ALNUM + "+/", 64) + "\n-----END PUBLIC KEY-----";
      case 11 -> "-----BEGIN CERTIFICATE-----\n" + rnd(ALNUM + "+/", 64) + "\n-----END CERTIFICATE-----";
      case 12 -> "monkey = banana_split_" + rnd(ALNUM, 12);
      case 13 -> "public_key = \"" + rnd(ALNUM, 40) + "\"";
      case 14 -> "next_page_token = " + rnd(ALNUM, 32);
      case 15 -> "stripe test key sk_test_" + rnd(ALNUM, 24);
      case 16 -> "see https://api.acme.io/v1/items?page=" + random.nextInt(50);
      case 17 -> "redis://:${REDIS_PASSWORD}@cache.internal:6379";
      case 18 -> "Authorization: Bearer <token>";
      case 19 -> "from huggingface_hub import hf_hub_download";
      case 20 -> "sha256 = " + rnd("0123456789abcdef", 64);
      default -> "the bearer of this letter asked about the secret to good bread";
    };
  }

  private void secrets(Path file) throws IOException {
    column("$.id");
    column("$.source");
    column("$.text");
    String[] sources = {"chat", "code", "log", "config"};
    String[] prose = ("the deploy failed again so I restarted the worker and cleared the queue please check the "
        + "dashboard and tell me if latency is back to normal").split(" ");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long r = 0; r < 800; r++) {
        Text text = new Text(r, "$.text");
        for (int k = 0; k < 6 + random.nextInt(10); k++) {
          text.plain(prose[random.nextInt(prose.length)]).plain(" ");
        }
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          text.plain(secretDecoy()).plain(" ; ");
        }
        if (random.nextInt(10) < 4) {
          Planted p = plantSecret();
          // Labels are spans of the decoded JSON string: build decoded text, escape when writing.
          text.plain(p.before()).pii(p.type(), p.secret()).plain(p.after()).plain(" ");
        }
        text.plain("thanks");
        w.write("{\"id\":" + r + ",\"source\":\"" + sources[random.nextInt(sources.length)] + "\",\"text\":\""
            + escape(text.toString()) + "\"}\n");
      }
    }
    writeLabels(file);
  }

  /** JSON string escaping for the written records. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
