package io.datasieve.benchmarks;

import io.datasieve.DatasetResource;
import io.datasieve.Finding;
import io.datasieve.ResourceReport;
import io.datasieve.ResourceStatus;
import io.datasieve.Scanner;
import io.datasieve.spi.Detector;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The secret suite over realistic mixed text: a JSONL export of chats, code snippets, logs and
 * config dumps, with a secret in about one record in two hundred (plus many look-alikes: hashes,
 * UUIDs, URLs, placeholders). {@code raw} reads only; {@code secrets} runs the built-in secrets
 * detector. The result check is the planted secret count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SecretsBenchmark {
  static final int RECORDS = 60_000;

  @Param({"raw", "secrets"})
  public String detector;

  private DatasetResource resource;
  private Scanner scanner;
  private long planted;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("datasieve-secrets-bench");
    Path file = dir.resolve("mixed.jsonl");
    planted = write(file);
    resource = DatasetResource.of(file);
    Scanner.Builder b = Scanner.builder().threads(1);
    if (detector.equals("secrets")) {
      for (io.datasieve.spi.DetectorProvider p : ServiceLoader.load(io.datasieve.spi.DetectorProvider.class)) {
        for (Detector d : p.detectors()) {
          if (d.infoTypes().stream().allMatch(t -> t.category().equals("SECRET"))) {
            b.detector(d); // the rule-based and the generic detector: the whole secret suite
          }
        }
      }
    } else {
      b.detector(new ScanBenchmark.TouchDetector());
    }
    scanner = b.build();
  }

  /** Writes the mixed text and returns how many secrets it holds. */
  static long write(Path file) throws IOException {
    Random random = new Random(5);
    String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    String[] prose = ("the deploy failed again because the cache was stale so I restarted the worker and cleared the "
        + "queue can you check the dashboard and tell me whether the latency went back to normal after the fix").split(" ");
    long secrets = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < RECORDS; i++) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(4)) {
          case 0 -> {
            for (int k = 0; k < 30 + random.nextInt(40); k++) {
              text.append(prose[random.nextInt(prose.length)]).append(' ');
            }
          }
          case 1 -> text.append("def handler(event):\\n    key = event['key']\\n    token = os.environ['API_TOKEN']\\n"
              + "    url = 'https://api.example.com/v1/items?page=").append(random.nextInt(100))
              .append("'\\n    return requests.get(url, headers={'Authorization': f'Bearer {token}'})\\n");
          case 2 -> text.append("2024-05-0").append(1 + random.nextInt(9)).append("T12:00:00Z INFO request id=")
              .append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}))
              .append(" sha=").append(Integer.toHexString(random.nextInt())).append("9fceb02d0ae598e95dc970b74767f19372d")
              .append(" path=/api/v2/users/").append(random.nextInt(100000)).append(" status=200 latency_ms=").append(random.nextInt(900));
          default -> text.append("[database]\\nhost = db.internal\\nport = 5432\\nuser = app\\npassword = ${DB_PASSWORD}\\n"
              + "[cache]\\nurl = redis://cache.internal:6379/0\\napi_key = <YOUR_API_KEY>\\n");
        }
        if (random.nextInt(200) == 0) {
          StringBuilder t = new StringBuilder("ghp_");
          for (int k = 0; k < 36; k++) {
            t.append(alnum.charAt(random.nextInt(alnum.length())));
          }
          text.append(" GITHUB_TOKEN=").append(t);
          secrets++;
        }
        w.write("{\"id\":" + i + ",\"text\":\"" + text + "\"}\n");
      }
    }
    return secrets;
  }

  @Benchmark
  public ResourceReport scan() {
    ResourceReport r = scanner.scan(resource);
    if (r.status() != ResourceStatus.COMPLETE || r.stats().records() != RECORDS) {
      throw new IllegalStateException("broken scan: " + r.status() + " " + r.issues());
    }
    long found = r.findings().stream().filter(f -> f.infoType().category().equals("SECRET")).mapToLong(Finding::count).sum();
    if (found != (detector.equals("secrets") ? planted : 0)) {
      throw new IllegalStateException("expected " + planted + " secrets, found " + found + ": " + r.findings());
    }
    return r;
  }
}
