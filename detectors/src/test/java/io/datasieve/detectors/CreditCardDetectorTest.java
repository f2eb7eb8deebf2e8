package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCardDetectorTest {
  private final CreditCardDetector detector = new CreditCardDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # positives: grouped, or with context
      4556 7375 8689 9855                           ~ notes        ~ 4556 7375 8689 9855
      4556-7375-8689-9855                           ~ notes        ~ 4556-7375-8689-9855
      paid with card 4556737586899855 yesterday     ~ notes        ~ 4556737586899855
      4556737586899855                              ~ card_number  ~ 4556737586899855
      5425233430109903                              ~ cc           ~ 5425233430109903
      2223 0000 4841 0010                           ~ notes        ~ 2223 0000 4841 0010
      3714 280123 45678 is my amex                  ~ notes        ~ 3714 280123 45678
      Visa: 4929 1234 5678 9017                     ~ notes        ~ ``
      # negatives
      4556737586899855                              ~ order_id     ~ ``
      4556 7375 8689 9856                           ~ notes        ~ ``
      1234 5678 9012 3456                           ~ notes        ~ ``
      4111 1111 1111 1111                           ~ notes        ~ ``
      card 4242424242424242                         ~ notes        ~ ``
      ORD-4556737586899855                          ~ card         ~ ``
      4556737586899855.00                           ~ card         ~ ``
      45567375868998551234                          ~ card         ~ ``
      tracking 1Z999AA10123456784                   ~ card         ~ ``
      call 415-555-0132                             ~ card         ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }

  @Test
  void luhnAndIssuers() {
    assertTrue(CreditCardDetector.luhn("4556737586899855"));
    assertFalse(CreditCardDetector.luhn("4556737586899856"));
    assertTrue(CreditCardDetector.issuer("378282246310005").startsWith("American Express"));
    assertTrue(CreditCardDetector.issuer("6011111111111117").startsWith("Discover"));
    assertTrue(CreditCardDetector.issuer("3530111333300000").startsWith("JCB"));
    assertTrue(CreditCardDetector.issuer("2720990000000007").startsWith("Mastercard"));
    assertTrue(CreditCardDetector.issuer("1234567812345670") == null);
  }

  @Test
  void testNumbersAreMatchedByValueAndLength() {
    assertTrue(CreditCardDetector.isTestNumber("x 4111 1111 1111 1111", 2, 21, 16));
    assertTrue(CreditCardDetector.isTestNumber("378282246310005", 0, 15, 15));
    assertFalse(CreditCardDetector.isTestNumber("04111111111111111", 0, 17, 17));
    assertFalse(CreditCardDetector.isTestNumber("4111111111111112", 0, 16, 16));
  }

  /** The char-range issuer and Luhn checks against the string code they replaced. */
  @Test
  void charRangeChecksAgreeWithTheStringChecks() {
    java.util.Random random = new java.util.Random(20261202L);
    for (int i = 0; i < 100_000; i++) {
      int len = 12 + random.nextInt(8);
      StringBuilder digits = new StringBuilder();
      StringBuilder printed = new StringBuilder("x ");
      for (int k = 0; k < len; k++) {
        int d = k == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
        digits.append(d);
        printed.append(d);
        if (k % 4 == 3 && k < len - 1 && random.nextBoolean()) {
          printed.append(random.nextBoolean() ? ' ' : '-');
        }
      }
      String pan = digits.toString();
      String s = printed.append(" y").toString();
      int start = 2;
      int end = s.length() - 2;
      String expected = FastPathEquivalenceTest.referenceIssuer(pan);
      int k = CreditCardDetector.issuer(s, start, len);
      org.junit.jupiter.api.Assertions.assertEquals(expected, k < 0 ? null : CreditCardDetector.issuer(pan), s);
      org.junit.jupiter.api.Assertions.assertEquals(CreditCardDetector.luhn(pan), CreditCardDetector.luhn(s, start, end), s);
    }
  }
}
