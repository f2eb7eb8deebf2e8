package io.datasieve.detectors;

import io.datasieve.InfoType;
import io.datasieve.Severity;

/**
 * National identity numbers with a check digit or a date inside, each reported only with a label
 * or a field that names it (as {@link ContextualIdDetector} does) and only when its check holds:
 * a checksum-invalid value is never reported. Written from the published rules of each scheme.
 */
final class NationalIds {
  private NationalIds() {}

  /** Poland, PESEL: 11 digits, birth date (month + 20/40/60/80 by century), weights 1-3-7-9. */
  static ContextualIdDetector plPesel() {
    return detector("pl-pesel", new InfoType("PL_PESEL", "PII", "PII/Poland PESEL Number", Severity.HIGH),
        "PESEL numbers", NationalIds::pesel, "PESEL check digit");
  }

  /** Spain, DNI (8 digits and a letter) and NIE (X, Y or Z, 7 digits and a letter): the letter is the number mod 23. */
  static ContextualIdDetector esDni() {
    return detector("es-dni", new InfoType("ES_DNI", "PII", "PII/Spain DNI or NIE", Severity.HIGH),
        "DNI or NIE numbers", NationalIds::dni, "DNI/NIE control letter");
  }

  /** Finland, henkilötunnus: DDMMYY, a century sign, three digits and a check char (mod 31). */
  static ContextualIdDetector fiHetu() {
    return detector("fi-hetu", new InfoType("FI_HETU", "PII", "PII/Finland Personal Identity Code", Severity.HIGH),
        "Finnish identity codes", NationalIds::hetu, "HETU check char");
  }

  /** Sweden, personnummer: (YY)YYMMDD, optional hyphen, four digits, Luhn over the last ten; day + 60 for a samordningsnummer. */
  static ContextualIdDetector sePersonnummer() {
    return detector("se-personnummer", new InfoType("SE_PERSONNUMMER", "PII", "PII/Sweden Personal Identity Number",
        Severity.HIGH), "Swedish identity numbers", NationalIds::personnummer, "personnummer check digit");
  }

  /**
   * Denmark, CPR: DDMMYY, optional hyphen, four digits. Numbers issued since 2007 need not pass
   * the old modulus 11 check, so only the date and the label decide.
   */
  static ContextualIdDetector dkCpr() {
    return detector("dk-cpr", new InfoType("DK_CPR", "PII", "PII/Denmark CPR Number", Severity.HIGH),
        "CPR numbers", NationalIds::cpr, "CPR date");
  }

  private static ContextualIdDetector detector(String id, InfoType type, String what, ContextualIdDetector.Shape shape,
      String shapeName) {
    // A value that passes its scheme's check right after its own label outweighs a phone number of
    // the same digits (0.85 with a configured region), which it would otherwise lose to.
    return new ContextualIdDetector(id, type, PiiWords.phrases(id, "context", what + " labels"),
        PiiWords.fieldWords(id, "fieldWords", "holds " + what), shape, shapeName, 0.95, 0.9);
  }

  static boolean pesel(String s, int start, int end) {
    if (end - start != 11 || !digits(s, start, end)) {
      return false;
    }
    int month = num(s, start + 2, 2) % 20;
    int day = num(s, start + 4, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(start + i) - '0');
    }
    return (10 - sum % 10) % 10 == s.charAt(start + 10) - '0';
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  static boolean dni(String s, int start, int end) {
    if (end - start != 9) {
      return false;
    }
    char first = Character.toUpperCase(s.charAt(start));
    int lead = "XYZ".indexOf(first);
    if (!(lead >= 0 || Words.isDigit(first)) || !digits(s, start + 1, end - 1)) {
      return false;
    }
    long n = (lead >= 0 ? lead : first - '0');
    for (int i = start + 1; i < end - 1; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return Character.toUpperCase(s.charAt(end - 1)) == DNI_LETTERS.charAt((int) (n % 23));
  }

  private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final String HETU_CENTURY = "-ABCDEFYXWVU";

  static boolean hetu(String s, int start, int end) {
    if (end - start != 11 || !digits(s, start, start + 6) || HETU_CENTURY.indexOf(s.charAt(start + 6)) < 0
        || !digits(s, start + 7, start + 10) || !validDate(num(s, start, 2), num(s, start + 2, 2))) {
      return false;
    }
    long n = Long.parseLong(s.substring(start, start + 6) + s.substring(start + 7, start + 10));
    return Character.toUpperCase(s.charAt(start + 10)) == HETU_CHECK.charAt((int) (n % 31));
  }

  static boolean personnummer(String s, int start, int end) {
    StringBuilder d = new StringBuilder(12);
    int hyphens = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        hyphens++;
      } else if (Words.isDigit(c)) {
        d.append(c);
      } else {
        return false;
      }
    }
    if (hyphens > 1 || d.length() != 10 && d.length() != 12 || hyphens == 1 && s.charAt(end - 5) != '-') {
      return false;
    }
    String ten = d.length() == 12 ? d.substring(2) : d.toString();
    int day = Integer.parseInt(ten.substring(4, 6));
    if (!validDate(day > 60 ? day - 60 : day, Integer.parseInt(ten.substring(2, 4)))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int v = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
    return sum % 10 == 0;
  }

  static boolean cpr(String s, int start, int end) {
    boolean hyphen = end - start == 11 && s.charAt(start + 6) == '-';
    if (!(hyphen || end - start == 10) || !digits(s, start, start + 6)
        || !digits(s, start + (hyphen ? 7 : 6), end)) {
      return false;
    }
    return validDate(num(s, start, 2), num(s, start + 2, 2));
  }

  private static boolean validDate(int day, int month) {
    int[] days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Words.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  private static int num(String s, int from, int len) {
    return Words.digitsValue(s, from, from + len);
  }
}
