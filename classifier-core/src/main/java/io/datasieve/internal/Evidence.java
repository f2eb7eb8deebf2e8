package io.datasieve.internal;

import io.datasieve.EvidencePolicy;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Renders matched values as a report may show them, per the evidence policy.
 *
 * <p>The keyed hash (for {@link EvidencePolicy#HASH}, and the fingerprints of secrets) is set up on
 * first use: the JCA providers, a SecureRandom and an HMAC cost about 50 ms of CPU at the start of
 * a JVM, which a scan that finds no secret and shows masked evidence never needs.
 */
public final class Evidence {
  /** Longest evidence string; longer matches are cut, with their length said. */
  static final int MAX_CHARS = 64;

  private final EvidencePolicy policy;
  private final byte[] hashKey;
  private final Object keyLock = new Object();
  /** Written once under {@link #keyLock}; volatile so that every thread sees it whole. */
  private volatile SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  /**
   * A renderer for the policy.
   *
   * @param hashKey the key of the keyed hash, or {@code null} for a random one (made when first
   *     needed, then the same for the life of this renderer)
   */
  public Evidence(EvidencePolicy policy, byte[] hashKey) {
    this.policy = policy;
    this.hashKey = hashKey == null ? null : hashKey.clone();
  }

  private SecretKeySpec key() {
    SecretKeySpec k = key;
    if (k == null) {
      synchronized (keyLock) {
        k = key;
        if (k == null) {
          byte[] bytes = hashKey;
          if (bytes == null) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
          }
          key = k = new SecretKeySpec(bytes, "HmacSHA256");
        }
      }
    }
    return k;
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java SE implementation has HmacSHA256, and any key of 16 bytes or more is valid.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The evidence for {@code text[start, end)}, or {@code null} under {@link EvidencePolicy#NONE}. */
  public String render(String text, int start, int end) {
    switch (policy) {
      case NONE:
        return null;
      case RAW:
        return cut(text.substring(start, end), end - start);
      case HASH:
        return fingerprint(text, start, end);
      case MASKED:
      default:
        return mask(text, start, end);
    }
  }

  /** {@code hmac-sha256:} and the first 16 hex digits of the keyed hash of {@code text[start, end)}. */
  public String fingerprint(String text, int start, int end) {
    byte[] h = macs.get().doFinal(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder("hmac-sha256:");
    for (int i = 0; i < 8; i++) {
      sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
    }
    return sb.toString();
  }

  /**
   * Replaces every letter and digit with {@code *}, except the last four when the value has at
   * least eight of them; separators stay, so the shape remains recognisable.
   */
  public static String mask(CharSequence text, int start, int end) {
    int alnum = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        alnum++;
      }
    }
    int reveal = alnum >= 8 ? 4 : 0;
    int revealFrom = alnum - reveal; // index among alnum chars from which chars stay visible
    StringBuilder sb = new StringBuilder(Math.min(end - start, MAX_CHARS));
    int seen = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(seen >= revealFrom ? c : '*');
        seen++;
      } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        sb.append(' ');
      } else if (Character.isSurrogate(c)) {
        sb.append('*');
      } else {
        sb.append(c);
      }
    }
    if (sb.length() > MAX_CHARS) {
      // Keep the tail, where the revealed characters are.
      return "…" + sb.substring(sb.length() - (MAX_CHARS - 1)) + " (" + (end - start) + " chars)";
    }
    return sb.toString();
  }

  private static String cut(String raw, int length) {
    return raw.length() <= MAX_CHARS ? raw : raw.substring(0, MAX_CHARS) + "… (" + length + " chars)";
  }
}
