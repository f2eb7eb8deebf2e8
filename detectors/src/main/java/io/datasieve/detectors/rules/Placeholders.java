package io.datasieve.detectors.rules;

import java.util.Locale;

/**
 * Values that are obviously not real secrets: templates ({@code <YOUR_API_KEY>}, {@code
 * ${TOKEN}}, {@code {{secret}}}), masks ({@code xxxx}, {@code ****}), and well-known examples
 * ({@code AKIAIOSFODNN7EXAMPLE}, "changeme", "your_api_key").
 */
public final class Placeholders {
  private Placeholders() {}

  /** Whether the value is a template, a mask or a documented example rather than a credential. */
  public static boolean isPlaceholder(String secret) {
    String s = secret.toLowerCase(Locale.ROOT);
    if (s.startsWith("<") || s.startsWith("${") || s.startsWith("{{") || s.startsWith("%(") || s.startsWith("$(")
        || s.startsWith("[") && s.endsWith("]")) {
      return true;
    }
    if (s.contains("example") || s.contains("your_") || s.contains("your-") || s.contains("changeme")
        || s.contains("placeholder") || s.contains("redacted") || s.contains("dummy") || s.contains("sample")
        || s.contains("xxxx") || s.contains("****") || s.contains("....") || s.contains("0000000000")
        || s.contains("1234567890") || s.contains("abcdefgh")) {
      return true;
    }
    // One repeated char ("aaaaaaaa") is not a secret.
    return s.chars().distinct().count() <= 2;
  }
}
