package io.datasieve.detectors.rules;

import org.apache.commons.validator.routines.IBANValidator;

/** Named checks a {@link Rule} applies to each match. */
public enum Validator {
  /** No check. */
  NONE {
    @Override
    public boolean valid(String text) {
      return true;
    }
  },
  /** The digits (separators ignored) pass the Luhn checksum; at least two of them. */
  LUHN {
    @Override
    public boolean valid(String text) {
      StringBuilder digits = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      return digits.length() >= 2 && luhn(digits);
    }
  },
  /** A valid IBAN: country format and mod-97 check digits (spaces ignored). */
  IBAN {
    @Override
    public boolean valid(String text) {
      return IBANValidator.getInstance().isValid(text.replace(" ", ""));
    }
  };

  /** Whether the matched text passes the check. */
  public abstract boolean valid(String text);

  /** The Luhn (mod 10) checksum over a string of ASCII digits. */
  public static boolean luhn(CharSequence digits) {
    return luhn(digits, 0, digits.length());
  }

  /** The Luhn (mod 10) checksum of the ASCII digits in {@code s[start, end)}; other chars (separators) are skipped. */
  public static boolean luhn(CharSequence s, int start, int end) {
    int sum = 0;
    boolean twice = false;
    for (int i = end - 1; i >= start; i--) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        continue;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
