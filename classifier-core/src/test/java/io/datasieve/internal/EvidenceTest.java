package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.EvidencePolicy;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void masksKeepShapeAndLastFour() {
    assertEquals("***-**-6789", Evidence.mask("123-45-6789", 0, 11));
    assertEquals("*******", Evidence.mask("1234567", 0, 7)); // short: nothing revealed
    assertEquals("****@******e.com", Evidence.mask("ab12@example.com", 0, 16));
  }

  /** Property: a mask never shows more than four letters or digits, and only the value's last ones. */
  @Test
  void maskNeverRevealsMoreThanTheLastFour() {
    Random random = new Random(1);
    for (int round = 0; round < 20_000; round++) {
      int len = 1 + random.nextInt(120);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        int k = random.nextInt(4);
        sb.append(k == 0 ? (char) ('0' + random.nextInt(10)) : k == 1 ? (char) ('a' + random.nextInt(26))
            : k == 2 ? "-_ .@/\t\n".charAt(random.nextInt(8)) : (char) (0x3b1 + random.nextInt(20)));
      }
      String value = sb.toString();
      String masked = Evidence.mask(value, 0, value.length());
      String body = masked.replaceAll(" \\(\\d+ chars\\)$", "");
      long shown = body.chars().filter(Character::isLetterOrDigit).count();
      assertTrue(shown <= 4, value + " -> " + masked);
      String alnum = value.codePoints().filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      String visible = body.codePoints().filter(Character::isLetterOrDigit)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      assertTrue(alnum.endsWith(visible), value + " -> " + masked);
      assertTrue(masked.length() <= Evidence.MAX_CHARS + 20, masked);
    }
  }

  /** The random key is made on first use, once: every thread of a scan gets the same fingerprint. */
  @Test
  void randomKeyIsMadeOnceAndSharedByAllThreads() throws InterruptedException {
    Evidence evidence = new Evidence(EvidencePolicy.MASKED, null);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.execute(() -> seen.add(evidence.fingerprint("ghp_secret", 0, 10)));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(1, seen.size(), seen.toString());
    assertTrue(!seen.contains(new Evidence(EvidencePolicy.MASKED, null).fingerprint("ghp_secret", 0, 10)),
        "another renderer, another random key");
  }

  @Test
  void givenKeyGivesTheSameFingerprintEveryTime() {
    byte[] key = new byte[16];
    String a = new Evidence(EvidencePolicy.HASH, key).render("x ab-12345 y", 2, 10);
    assertEquals(a, new Evidence(EvidencePolicy.HASH, key).fingerprint("x ab-12345 y", 2, 10));
    assertTrue(a.matches("hmac-sha256:[0-9a-f]{16}"), a);
  }
}
