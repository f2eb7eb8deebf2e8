package io.datasieve.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The throughput corpora of issue 9, generated deterministically from a fixed seed: a PII-dense
 * CRM export (CSV, 24 columns, a free-text notes column) and a mixed JSONL of chat transcripts,
 * code snippets, config dumps and log excerpts with occasional people, phone numbers, e-mail
 * addresses, SSNs and secret-shaped tokens. The same size limit always yields the same bytes.
 *
 * <p>Both are meant to look like what users scan, not to be easy: many names (some that are also
 * words, some with accents), phone numbers in the formats people type, dates in several
 * conventions, valid SSNs, Luhn-valid cards, mod-97-valid IBANs, empty cells, quoted cells with
 * commas, quotes and line breaks, and prose whose sentences vary in length and wording. Every
 * secret-shaped token is random (no checksum a real token would carry) and never a real credential.
 *
 * <p>From the command line: {@code ThroughputCorpus DIR MB [crm|mixed]...} writes {@code crm.csv}
 * and {@code mixed.jsonl} of about MB megabytes each (10^6 bytes) into DIR.
 */
public final class ThroughputCorpus {
  /** File name of the CRM export the command line writes. */
  public static final String CRM_FILE = "crm.csv";
  /** File name of the mixed JSONL the command line writes. */
  public static final String MIXED_FILE = "mixed.jsonl";

  /** The 24 columns of the CRM export, in order. */
  public static final List<String> CRM_COLUMNS = List.of(
      "customer_id", "first_name", "last_name", "full_name", "email", "phone", "mobile", "date_of_birth",
      "signup_date", "ssn", "card_number", "iban", "ip_address", "street", "city", "state", "zip", "country",
      "company", "job_title", "account_status", "balance", "last_order_id", "notes");

  private static final long CRM_SEED = 0x5eed_c0de_0009L;
  private static final long MIXED_SEED = 0x5eed_1090_0009L;

  private ThroughputCorpus() {}

  /**
   * What a written file holds, for the checks that keep a broken path from looking fast.
   *
   * @param records records written (CSV rows after the header, or JSONL lines)
   * @param bytes size of the file
   * @param ssns SSNs planted (in their column and in free text)
   * @param cards full card numbers in the card column
   * @param personNames non-empty cells in the full-name column, or people named in chat text
   * @param emails e-mail addresses in the e-mail column, or planted in chat and log text
   * @param githubTokens GitHub-token-shaped strings planted
   * @param awsAccessKeys AWS-access-key-shaped strings planted
   */
  public record Contents(long records, long bytes, long ssns, long cards, long personNames, long emails,
      long githubTokens, long awsAccessKeys) {}

  /**
   * Writes the CRM export to {@code file}: rows until {@code maxRecords} rows or {@code maxBytes}
   * bytes, whichever comes first (the row that crosses the byte limit is the last).
   */
  public static Contents writeCrm(Path file, long maxRecords, long maxBytes) throws IOException {
    SyntheticValues v = new SyntheticValues(new Random(CRM_SEED));
    SyntheticText text = new SyntheticText(v);
    long rows = 0;
    long ssns = 0;
    long cards = 0;
    long names = 0;
    long emails = 0;
    try (Output out = new Output(file)) {
      out.write(String.join(",", CRM_COLUMNS) + "\n");
      StringBuilder line = new StringBuilder(1024);
      List<String> cells = new ArrayList<>(CRM_COLUMNS.size());
      while (rows < maxRecords && out.bytes < maxBytes) {
        String first = v.first();
        String last = v.last();
        String[] place = v.cityStateZip();
        String ssn = v.oneIn(12) ? "" : v.ssn(!v.oneIn(7));
        String card = v.oneIn(5) ? "" : v.oneIn(12) ? "**** **** **** " + v.digits(4) : v.card();
        String email = v.oneIn(20) ? "" : v.email(first, last);
        cells.clear();
        cells.add("CU-" + SyntheticValues.pad((int) (1_000_000 + rows * 7 % 8_999_999), 7));
        cells.add(first);
        cells.add(last);
        cells.add(v.fullName(first, last));
        cells.add(email);
        cells.add(v.phone());
        cells.add(v.oneIn(3) ? "" : v.phone());
        cells.add(v.oneIn(15) ? "" : v.birthDate());
        cells.add(v.signup());
        cells.add(ssn);
        cells.add(card);
        cells.add(v.oneIn(3) ? v.iban() : "");
        cells.add(v.oneIn(6) ? "" : v.ip());
        cells.add(v.street());
        cells.add(place[0]);
        cells.add(place[1]);
        cells.add(place[2]);
        cells.add(v.oneIn(10) ? "USA" : v.oneIn(10) ? "United States" : "US");
        cells.add(v.oneIn(4) ? "" : v.company());
        cells.add(v.oneIn(8) ? "" : v.job());
        cells.add(v.pick(new String[] {"active", "active", "active", "inactive", "suspended", "pending_verification", "closed", "trial"}));
        cells.add((v.oneIn(10) ? "-" : "") + v.amount());
        cells.add(v.oneIn(6) ? "" : v.oneIn(2) ? "SO-" + v.digits(8) : "ORD-" + (2019 + v.nextInt(7)) + "-" + v.digits(6));
        cells.add(text.note(first, last));
        line.setLength(0);
        for (int c = 0; c < cells.size(); c++) {
          if (c > 0) {
            line.append(',');
          }
          appendCsv(line, cells.get(c));
        }
        out.write(line.append('\n'));
        rows++;
        ssns += ssn.isEmpty() ? 0 : 1;
        cards += card.isEmpty() || card.startsWith("*") ? 0 : 1;
        names++;
        emails += email.isEmpty() ? 0 : 1;
      }
      ssns += text.plantedSsns;
      return new Contents(rows, out.bytes, ssns, cards, names, emails, 0, 0);
    }
  }

  /**
   * Writes the mixed JSONL to {@code file}: records until {@code maxRecords} records or
   * {@code maxBytes} bytes, whichever comes first.
   */
  public static Contents writeMixed(Path file, long maxRecords, long maxBytes) throws IOException {
    SyntheticValues v = new SyntheticValues(new Random(MIXED_SEED));
    Mixed mixed = new Mixed(v);
    long records = 0;
    try (Output out = new Output(file)) {
      StringBuilder line = new StringBuilder(4096);
      while (records < maxRecords && out.bytes < maxBytes) {
        line.setLength(0);
        mixed.record(line, records);
        out.write(line.append('\n'));
        records++;
      }
      return new Contents(records, out.bytes, mixed.text.plantedSsns, 0, mixed.names, mixed.emails, mixed.githubTokens,
          mixed.awsKeys);
    }
  }

  /** Command line: {@code DIR MB [crm|mixed]...}; both corpora when none is named. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ThroughputCorpus DIR MB [crm|mixed]...");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    double mb = Double.parseDouble(args[1]);
    if (!(mb > 0)) {
      throw new IllegalArgumentException("MB must be positive, got " + args[1]);
    }
    long bytes = (long) (mb * 1_000_000);
    List<String> which = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("crm", "mixed");
    Files.createDirectories(dir);
    for (String w : which) {
      Contents c = switch (w) {
        case "crm" -> writeCrm(dir.resolve(CRM_FILE), Long.MAX_VALUE, bytes);
        case "mixed" -> writeMixed(dir.resolve(MIXED_FILE), Long.MAX_VALUE, bytes);
        default -> throw new IllegalArgumentException("unknown corpus '" + w + "': expected crm or mixed");
      };
      System.out.printf(Locale.ROOT, "%s: %d records, %.1f MB, %s%n", dir.resolve(w.equals("crm") ? CRM_FILE : MIXED_FILE),
          c.records(), c.bytes() / 1e6, c);
    }
  }

  /** RFC 4180: quote a cell holding a comma, a quote or a line break; double the quotes inside. */
  static void appendCsv(StringBuilder line, String cell) {
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(cell);
      return;
    }
    line.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      line.append(c);
      if (c == '"') {
        line.append('"');
      }
    }
    line.append('"');
  }

  /** Appends {@code s} as a JSON string literal. */
  static void appendJson(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /** The four kinds of records of the mixed JSONL, each with its own shape. */
  private static final class Mixed {
    private static final String[] LANGUAGES = {"python", "javascript", "java", "go", "sql", "bash"};
    private static final String[] WORDS = {
      "user", "order", "cache", "session", "invoice", "payload", "account", "report", "queue", "event", "token",
      "config", "client", "record", "batch", "item", "price", "shipment", "profile", "metric", "job", "file",
    };
    private static final String[] SERVICES = {"checkout", "auth", "billing", "search", "notifications", "inventory", "gateway", "worker"};
    private static final String[] SYSTEM = {
      "You are a helpful assistant.", "You are a customer support agent. Be concise and friendly.",
      "You are a coding assistant. Answer with code when it helps.", "You are a writing tutor.",
    };

    final SyntheticValues v;
    final SyntheticText text;
    long names;
    long emails;
    long githubTokens;
    long awsKeys;

    Mixed(SyntheticValues v) {
      this.v = v;
      this.text = new SyntheticText(v);
    }

    void record(StringBuilder b, long id) {
      int kind = v.nextInt(20);
      if (kind < 7) {
        chat(b, id);
      } else if (kind < 12) {
        code(b, id);
      } else if (kind < 15) {
        config(b, id);
      } else {
        log(b, id);
      }
    }

    private void chat(StringBuilder b, long id) {
      b.append("{\"id\":").append(id).append(",\"source\":\"chat\",\"messages\":[");
      int turns = v.between(1, 4);
      boolean system = v.oneIn(2);
      if (system) {
        message(b, "system", v.pick(SYSTEM));
      }
      for (int t = 0; t < turns; t++) {
        if (system || t > 0) {
          b.append(',');
        }
        String user = text.userTurn();
        if (user.startsWith("Hi, I'm") || user.startsWith("Please draft")) {
          names++;
        }
        if (user.contains("@")) {
          emails++;
        }
        message(b, "user", user);
        b.append(',');
        message(b, "assistant", text.assistantTurn());
      }
      b.append("],\"lang\":\"en\"}");
    }

    private void message(StringBuilder b, String role, String content) {
      b.append("{\"role\":\"").append(role).append("\",\"content\":");
      appendJson(b, content);
      b.append('}');
    }

    private void code(StringBuilder b, long id) {
      String language = v.pick(LANGUAGES);
      String a = v.pick(WORDS);
      String c = v.pick(WORDS);
      StringBuilder src = new StringBuilder();
      if (v.oneIn(8)) {
        String f = v.first();
        String l = v.last();
        src.append(language.equals("python") || language.equals("bash") ? "# " : "// ").append("maintainer: ").append(f).append(' ')
            .append(l).append(" <").append(v.email(f, l)).append(">\n");
        emails++;
      }
      int functions = v.between(1, 4);
      for (int i = 0; i < functions; i++) {
        String name = v.pick(WORDS) + "_" + v.pick(WORDS);
        switch (language) {
          case "python" -> {
            src.append("def ").append(name).append("(").append(a).append(", ").append(c).append("=None):\n");
            src.append("    \"\"\"Return the ").append(a).append(" for the given ").append(c).append(".\"\"\"\n");
            for (int k = v.between(2, 7); k > 0; k--) {
              src.append("    ").append(v.pick(WORDS)).append(" = ").append(a).append(".get('").append(v.pick(WORDS)).append("', ")
                  .append(v.between(0, 500)).append(")\n");
            }
            src.append("    return ").append(c).append(" or ").append(a).append("\n\n");
          }
          case "javascript" -> {
            src.append("export async function ").append(camel(name)).append("(").append(a).append(") {\n");
            src.append("  const res = await fetch(`https://api.").append(v.companyDomain()).append("/v").append(v.between(1, 3))
                .append("/").append(c).append("s/${").append(a).append(".id}`);\n");
            src.append("  if (!res.ok) throw new Error('").append(c).append(" lookup failed: ' + res.status);\n");
            src.append("  return (await res.json()).").append(v.pick(WORDS)).append(";\n}\n\n");
          }
          case "java" -> {
            src.append("  public ").append(cap(c)).append(' ').append(camel(name)).append("(").append(cap(a)).append(' ').append(a)
                .append(") {\n");
            src.append("    Objects.requireNonNull(").append(a).append(", \"").append(a).append("\");\n");
            src.append("    return repository.findBy").append(cap(v.pick(WORDS))).append("(").append(a).append(".id())\n");
            src.append("        .orElseThrow(() -> new NotFoundException(\"no ").append(c).append(" \" + ").append(a).append(".id()));\n  }\n\n");
          }
          case "go" -> {
            src.append("func ").append(cap(camel(name))).append("(ctx context.Context, id int64) (*").append(cap(c)).append(", error) {\n");
            src.append("\trow := db.QueryRowContext(ctx, \"SELECT * FROM ").append(c).append("s WHERE id = $1\", id)\n");
            src.append("\tvar out ").append(cap(c)).append("\n\tif err := row.Scan(&out.ID, &out.").append(cap(a))
                .append("); err != nil {\n\t\treturn nil, fmt.Errorf(\"").append(name).append(": %w\", err)\n\t}\n\treturn &out, nil\n}\n\n");
          }
          case "sql" -> src.append("SELECT ").append(a).append("_id, COUNT(*) AS n, SUM(").append(v.pick(WORDS)).append("_total)\nFROM ")
              .append(c).append("s\nWHERE created_at >= '").append(v.date(2025)).append("'\n  AND status <> 'deleted'\nGROUP BY ")
              .append(a).append("_id\nHAVING COUNT(*) > ").append(v.between(1, 50)).append(";\n\n");
          default -> src.append("for f in ").append(c).append("/*.json; do\n  jq '.").append(a).append("' \"$f\" >> /tmp/")
              .append(name).append(".out || echo \"skip $f\"\ndone\n");
        }
      }
      if (v.oneIn(40)) {
        src.append(language.equals("python") ? "GITHUB_TOKEN = \"" : "const githubToken = \"").append(v.githubToken()).append("\"\n");
        githubTokens++;
      } else if (v.oneIn(4)) {
        src.append(language.equals("python") ? "API_KEY = os.environ[\"API_KEY\"]  # never hard-code" : "// token: <YOUR_TOKEN>")
            .append('\n');
      }
      b.append("{\"id\":").append(id).append(",\"source\":\"code\",\"repo\":\"").append(v.pick(WORDS)).append('-').append(v.pick(WORDS))
          .append("\",\"path\":\"src/").append(a).append('/').append(c).append(extension(language)).append("\",\"language\":\"")
          .append(language).append("\",\"commit\":\"").append(v.hex(40)).append("\",\"content\":");
      appendJson(b, src.toString());
      b.append('}');
    }

    private void config(StringBuilder b, long id) {
      String format = v.pick(new String[] {"yaml", "ini", "env", "json"});
      StringBuilder cfg = new StringBuilder();
      String service = v.pick(SERVICES);
      String db = "db-" + v.between(1, 9) + ".internal";
      String port = v.pick(new String[] {"5432", "3306", "5433", "6432"});
      boolean plantAws = v.oneIn(25);
      String key = plantAws ? v.awsAccessKeyId() : null;
      String secret = plantAws ? v.awsSecretKey() : null;
      if (plantAws) {
        awsKeys++;
      }
      switch (format) {
        case "yaml" -> {
          cfg.append("service: ").append(service).append("\nreplicas: ").append(v.between(1, 12)).append("\ndatabase:\n  host: ").append(db)
              .append("\n  port: ").append(port).append("\n  user: ").append(service).append("_app\n  password: ${DB_PASSWORD}\n");
          cfg.append("cache:\n  url: redis://cache.internal:6379/").append(v.nextInt(16)).append("\n  ttl_seconds: ").append(v.between(30, 86_400))
              .append("\nfeatures:\n");
          for (int k = v.between(1, 6); k > 0; k--) {
            cfg.append("  ").append(v.pick(WORDS)).append('_').append(v.pick(WORDS)).append(": ").append(v.oneIn(2)).append('\n');
          }
          if (plantAws) {
            cfg.append("aws:\n  access_key_id: ").append(key).append("\n  secret_access_key: ").append(secret).append('\n');
          }
        }
        case "ini" -> {
          cfg.append("[server]\nhost = 0.0.0.0\nport = ").append(v.between(3000, 9000)).append("\nworkers = ").append(v.between(1, 32))
              .append("\n\n[database]\nhost = ").append(db).append("\nname = ").append(service).append("\npassword = <CHANGE_ME>\n");
          if (plantAws) {
            cfg.append("\n[default]\naws_access_key_id = ").append(key).append("\naws_secret_access_key = ").append(secret).append('\n');
          }
        }
        case "env" -> {
          cfg.append("NODE_ENV=production\nPORT=").append(v.between(3000, 9000)).append("\nDATABASE_URL=postgres://").append(service)
              .append(":${DB_PASSWORD}@").append(db).append(":5432/").append(service).append("\nLOG_LEVEL=")
              .append(v.pick(new String[] {"info", "debug", "warn"})).append("\nSENTRY_DSN=\nBUILD_SHA=").append(v.hex(40)).append('\n');
          if (plantAws) {
            cfg.append("AWS_ACCESS_KEY_ID=").append(key).append("\nAWS_SECRET_ACCESS_KEY=").append(secret).append('\n');
          }
        }
        default -> {
          cfg.append("{\"name\": \"").append(service).append("\", \"version\": \"").append(v.between(1, 9)).append('.').append(v.nextInt(30))
              .append('.').append(v.nextInt(10)).append("\", \"timeout_ms\": ").append(v.between(100, 30_000)).append(", \"upstreams\": [");
          for (int k = v.between(1, 4); k > 0; k--) {
            cfg.append("\"http://").append(v.pick(SERVICES)).append(".svc:").append(v.between(8000, 8100)).append('"').append(k > 1 ? ", " : "");
          }
          cfg.append("], \"request_id\": \"").append(v.uuid()).append('"');
          if (plantAws) {
            cfg.append(", \"awsAccessKeyId\": \"").append(key).append("\", \"awsSecretAccessKey\": \"").append(secret).append('"');
          }
          cfg.append('}');
        }
      }
      b.append("{\"id\":").append(id).append(",\"source\":\"config\",\"path\":\"deploy/").append(service).append('.').append(format)
          .append("\",\"content\":");
      appendJson(b, cfg.toString());
      b.append('}');
    }

    private void log(StringBuilder b, long id) {
      String service = v.pick(SERVICES);
      b.append("{\"id\":").append(id).append(",\"source\":\"log\",\"service\":\"").append(service).append("\",\"host\":\"")
          .append(service).append('-').append(v.hex(5)).append("\",\"lines\":[");
      int lines = v.between(2, 25);
      int h = v.nextInt(24);
      int m = v.nextInt(60);
      for (int i = 0; i < lines; i++) {
        StringBuilder l = new StringBuilder();
        l.append("2025-").append(SyntheticValues.pad(1 + v.nextInt(12), 2)).append('-').append(SyntheticValues.pad(1 + v.nextInt(28), 2))
            .append('T').append(SyntheticValues.pad(h, 2)).append(':').append(SyntheticValues.pad(m % 60, 2)).append(':')
            .append(SyntheticValues.pad(v.nextInt(60), 2)).append('.').append(SyntheticValues.pad(v.nextInt(1000), 3)).append("Z ");
        switch (v.nextInt(9)) {
          case 0, 1, 2 -> l.append("INFO  GET /api/v").append(v.between(1, 3)).append('/').append(v.pick(WORDS)).append("s/").append(v.digits(6))
              .append(' ').append(v.pick(new String[] {"200", "200", "200", "204", "304", "404"})).append(' ').append(v.between(1, 900))
              .append("ms ip=").append(v.ip()).append(" request_id=").append(v.uuid());
          case 3 -> {
            String f = v.first();
            String last = v.last();
            l.append("INFO  user ").append(v.email(f, last)).append(" logged in from ").append(v.ip()).append(" (mfa=")
                .append(v.oneIn(2)).append(')');
            emails++;
          }
          case 4 -> l.append("WARN  retrying job ").append(v.digits(7)).append(" (attempt ").append(v.between(1, 4)).append("/5) after ")
              .append(v.pick(new String[] {"timeout", "connection reset", "503 from upstream", "lock wait"}));
          case 5 -> l.append("ERROR payment failed for customer CU-").append(v.digits(7)).append(": card declined (code ")
              .append(v.between(5, 65)).append(")\n    at com.acme.").append(service).append('.').append(cap(v.pick(WORDS)))
              .append("Service.charge(").append(cap(v.pick(WORDS))).append("Service.java:").append(v.between(20, 900)).append(")");
          case 6 -> l.append("DEBUG cache ").append(v.oneIn(2) ? "hit" : "miss").append(" key=").append(v.pick(WORDS)).append(':').append(v.hex(16))
              .append(" size=").append(v.between(10, 90_000)).append('B');
          case 7 -> l.append("INFO  deployed build ").append(v.hex(7)).append(" to ").append(v.between(1, 12)).append(" pods in ")
              .append(v.between(20, 400)).append('s');
          default -> l.append("ERROR Connection refused: ").append(v.pick(SERVICES)).append(".internal:").append(v.between(5000, 9000))
              .append(" (").append(v.between(1, 30)).append(" consecutive failures)");
        }
        if (i > 0) {
          b.append(',');
        }
        appendJson(b, l.toString());
        m += v.nextInt(2);
      }
      b.append("]}");
    }

    private static String extension(String language) {
      return switch (language) {
        case "python" -> ".py";
        case "javascript" -> ".js";
        case "java" -> ".java";
        case "go" -> ".go";
        case "sql" -> ".sql";
        default -> ".sh";
      };
    }

    private static String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String camel(String snake) {
      int u = snake.indexOf('_');
      return u < 0 ? snake : snake.substring(0, u) + cap(snake.substring(u + 1));
    }
  }

  /** A buffered file output that counts the UTF-8 bytes written. */
  private static final class Output implements AutoCloseable {
    private final OutputStream out;
    long bytes;

    Output(Path file) throws IOException {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    void write(CharSequence s) throws IOException {
      byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
      out.write(b);
      bytes += b.length;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
