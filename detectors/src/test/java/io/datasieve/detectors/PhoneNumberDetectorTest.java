package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberDetectorTest {
  private final PhoneNumberDetector detector = new PhoneNumberDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # positives
      (415) 867-5309                                 ~ notes   ~ (415) 867-5309
      call me at 415-867-5309 tonight                ~ notes   ~ 415-867-5309
      415.867.5309                                   ~ notes   ~ 415.867.5309
      +1 415 867 5309                                ~ notes   ~ +1 415 867 5309
      +44 20 7946 0958                               ~ notes   ~ +44 20 7946 0958
      +49 30 901820                                  ~ notes   ~ +49 30 901820
      4158675309                                     ~ phone   ~ 4158675309
      mobile: 4158675309                             ~ notes   ~ 4158675309
      # extensions stay in the span; international call prefixes; phone words after the number
      (415) 867-5309x204                             ~ notes   ~ (415) 867-5309x204
      tel: 4158675309x204                            ~ notes   ~ 4158675309x204
      call 415-867-5309ext. 12                       ~ notes   ~ 415-867-5309ext. 12
      call 0049 1512 3456789                         ~ notes   ~ 0049 1512 3456789
      the date 0470-12-34-56                         ~ mobile  ~ 0470-12-34-56
      call 415-867-5309 ext. 12 after five           ~ notes   ~ 415-867-5309 ext. 12
      0044 20 7946 0958                              ~ notes   ~ 0044 20 7946 0958
      cell 011 49 30 901820                          ~ notes   ~ 011 49 30 901820
      0470 12 34 56 mobile                           ~ notes   ~ 0470 12 34 56
      # another region's national format, or only a possible length, with a phone word or field
      mobile 0470 12 34 56                           ~ notes   ~ 0470 12 34 56
      fax: 123-456-7890                              ~ notes   ~ 123-456-7890
      # without a phone word: another region's number as it is dialled at home (trunk prefix or parentheses)
      see 0470 12 34 56 for details                  ~ notes   ~ 0470 12 34 56
      (02) 9876 5432                                 ~ notes   ~ (02) 9876 5432
      123-456-7890                                   ~ fax     ~ 123-456-7890
      # negatives: bare numbers without context, epochs, ids, prices, versions, IPs, UUIDs, cards, dates
      4158675309                                     ~ notes   ~ ``
      1700000000                                     ~ created ~ ``
      order 4158675309 shipped                       ~ notes   ~ ``
      $4,158,675.30                                  ~ notes   ~ ``
      v4.158.675.309                                 ~ notes   ~ ``
      10.158.67.53                                   ~ notes   ~ ``
      550e8400-e29b-41d4-a716-446655440000           ~ notes   ~ ``
      4556 7375 8689 9855                            ~ notes   ~ ``
      2024-01-15                                     ~ notes   ~ ``
      01/15/2024                                     ~ notes   ~ ``
      555-123-4567                                   ~ notes   ~ ``
      (000) 000-0000                                 ~ notes   ~ ``
      ORD-415-867-5309                               ~ notes   ~ ``
      # timestamps, times; weak words ("number") do not admit numbers no configured region has
      2013-05-07 14:22:10                            ~ notes   ~ ``
      on 2013-05-07 14 people came                   ~ notes   ~ ``
      call 415-867-5309:12                           ~ notes   ~ ``
      order number 123-456-7890                      ~ notes   ~ ``
      score 98 87 76 65                              ~ notes   ~ ``
      between 1990-1995 and 2001-2004                ~ notes   ~ ``
      order 2123 4567 shipped                        ~ notes   ~ ``
      77000-7964                                     ~ zip     ~ ``
      IBAN BE36 0750 4493 6516                       ~ notes   ~ ``
      NL87 RABO 0736 3410 09                         ~ notes   ~ ``
      GB29 NWBK 0601 6133 1926                       ~ notes   ~ ``
      see BE 0470 12 34 56                           ~ notes   ~ 0470 12 34 56
      chapters 01 02 03 04                           ~ notes   ~ ``
      items 010 020 030                              ~ notes   ~ ``
      office hours 0900-1700                         ~ notes   ~ ``
      reach 1000 2000 3000 users                     ~ notes   ~ ``
      pH 7.40 7.35 7.45                              ~ notes   ~ ``
      fax 4158675309x                                ~ notes   ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }

  /** The chains of digit tokens that {@code detect} walks must hold every number the plain walk reports. */
  @Test
  void detectReportsWhatThePlainWalkOverTheWholeValueReports() {
    String[] pieces = {"415-867-5309", "(415) 867-5309", "4158675309", "x204", "x", "ext. 12", "ext", "extension 7", "call",
        "fax", "mobile", "0470 12 34 56", "0049 1512 3456789", "011 49 30 901820", "+44 20 7946 0958", "2013-05-07",
        "14:22", "ab", "12", "-", ".", " ", " ", "(", ")", "/", "$", "#", "9740x11144", "5309ext", "\u00e9", "next", "EXTENSION",
        "Ext", "texts"};
    java.util.Random random = new java.util.Random(20261202L);
    io.datasieve.spi.ValueAnalyzer analyzer = io.datasieve.spi.ValueAnalyzer.forDetectors(List.of(detector));
    int reported = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(7); p >= 0; p--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      String field = random.nextInt(4) == 0 ? "phone" : "notes";
      io.datasieve.spi.FieldValue v = value(field, text);
      List<String> fast = new java.util.ArrayList<>();
      List<String> walk = new java.util.ArrayList<>();
      detector.detect(analyzer.analyze(v), (t, a, b, c, e) -> fast.add(a + "-" + b + " " + c + " " + e));
      detector.walkWhole(analyzer.analyze(v), (t, a, b, c, e) -> walk.add(a + "-" + b + " " + c + " " + e));
      assertEquals(walk, fast, text);
      reported += fast.size();
    }
    assertTrue(reported > 5_000, "the random values must hold phones: " + reported);
  }

  private static io.datasieve.spi.FieldValue value(String field, String text) {
    io.datasieve.spi.FieldPath path = io.datasieve.spi.FieldPath.of(field);
    io.datasieve.DatasetResource resource = io.datasieve.DatasetResource.builder(java.net.URI.create("memory:test"))
        .content(() -> null).build();
    return new io.datasieve.spi.FieldValue() {
      @Override public io.datasieve.DatasetResource resource() { return resource; }
      @Override public long record() { return 0; }
      @Override public io.datasieve.spi.FieldPath field() { return path; }
      @Override public String text() { return text; }
    };
  }

  @Test
  void aFictionalNumberGroupedAsAConfiguredRegionWritesItIsThatRegionsPossibleNumber() {
    // 555 exchanges are not valid in the US, but "(459) 555-2482" is written the American way: it is
    // not looked for in every other region (which cost a parse per region and value).
    var hits = DetectorHarness.run(detector, "phone", "(459) 555-2482");
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("possible number; field name", hits.get(0).explanation());
    // A region of the same numbering plan still is (Canada's 416 area in the US grouping), and a
    // number grouped another way is looked for everywhere: Australia's "(03) 5327 5996".
    assertEquals("valid number for CA; field name", DetectorHarness.run(detector, "phone", "(416) 555-0142").get(0).explanation());
    assertTrue(DetectorHarness.run(detector, "phone", "(03) 5327 5996").get(0).explanation().startsWith("valid number for AU"));
  }

  @Test
  void regionsAreConfigurableAndValidated() {
    PhoneNumberDetector uk = new PhoneNumberDetector(List.of("GB"));
    assertTrue(DetectorHarness.run(uk, "notes", "ring 020 7946 0958").stream().anyMatch(h -> h.confidence() >= 0.5));
    // 011 starts Bristol's numbers in the UK before it is North America's international prefix.
    assertEquals(List.of("0117 496 0123"), DetectorHarness.run(uk, "notes", "ring 0117 496 0123").stream()
        .map(DetectorHarness.Hit::text).toList());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new PhoneNumberDetector(List.of("XX")))
        .getMessage().contains("'XX'"));
  }

  /**
   * The NANP shortcuts (no parse for shapes libphonenumber cannot accept, +1 validity from its
   * metadata) never change an answer: random candidates of 7-15 digits in many layouts, for
   * several region lists, against libphonenumber's own parse and validation.
   */
  @Test
  void shortcutsAgreeWithLibphonenumbersParse() {
    java.util.Random random = new java.util.Random(11);
    List<PhoneNumberDetector> detectors = List.of(detector, new PhoneNumberDetector(List.of("US", "CA")),
        new PhoneNumberDetector(List.of("CA")), new PhoneNumberDetector(List.of("US", "GB")));
    String[] separators = {"", " ", "-", ".", "/"};
    for (int i = 0; i < 30_000; i++) {
      int digits = 7 + random.nextInt(9);
      StringBuilder sb = new StringBuilder();
      int lead = random.nextInt(6);
      if (lead == 0) {
        sb.append('+');
      } else if (lead == 1) {
        sb.append("+1 ");
      } else if (lead == 2) {
        sb.append('1');
        digits--;
      }
      String sep = separators[random.nextInt(separators.length)];
      boolean parens = random.nextInt(4) == 0;
      for (int k = 0; k < digits; k++) {
        if (k == 0 && parens) {
          sb.append('(');
        }
        sb.append((char) ('0' + random.nextInt(10)));
        if (k == 2 && parens) {
          sb.append(") ");
        } else if ((k == 2 || k == 5) && k + 1 < digits) {
          sb.append(sep);
        }
      }
      String candidate = sb.toString();
      for (PhoneNumberDetector d : detectors) {
        org.junit.jupiter.api.Assertions.assertEquals(d.validRegionByParse(candidate), d.validRegionOf(candidate), candidate);
      }
    }
  }

  /**
   * The NANP shortcuts of the fallbacks for a number not valid where configured (which region of
   * the plan it is valid in, whether it has a possible length) answer as libphonenumber's parse and
   * format do: random North American shapes, many of them invalid (exchange 555, area codes not in
   * service), written in the layouts people use, for region lists with the plan's regions first,
   * last and absent.
   */
  @Test
  void fallbackShortcutsAgreeWithLibphonenumber() {
    java.util.Random random = new java.util.Random(29);
    List<PhoneNumberDetector> detectors = List.of(detector, new PhoneNumberDetector(List.of("CA", "US")),
        new PhoneNumberDetector(List.of("GB", "US")), new PhoneNumberDetector(List.of("US", "GB")),
        new PhoneNumberDetector(List.of("JM")), new PhoneNumberDetector(List.of("DE")));
    String[] layouts = {"(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s", "1-%s-%s-%s", "1 (%s) %s-%s",
        "1%s%s%s", "+1 %s-%s-%s", "+1%s%s%s", "+1 (%s) %s %s", "(%s)%s%s", "%s %s%s", "0%s %s %s"};
    int valid = 0;
    for (int i = 0; i < 6_000; i++) {
      String area = Integer.toString(random.nextInt(4) == 0 ? 100 + random.nextInt(900) : 200 + random.nextInt(800));
      String exchange = random.nextInt(3) == 0 ? "555" : Integer.toString(100 + random.nextInt(900));
      String line = String.format(java.util.Locale.ROOT, "%04d", random.nextInt(10_000));
      String number = String.format(java.util.Locale.ROOT, layouts[random.nextInt(layouts.length)], area, exchange, line);
      for (PhoneNumberDetector d : detectors) {
        String region = d.validElsewhere(number);
        assertEquals(d.validElsewhereByParse(number), region, number);
        assertEquals(d.possibleSomewhereByParse(number), d.possibleSomewhere(number), number);
        valid += region == null ? 0 : 1;
      }
    }
    assertTrue(valid > 1_000, "the sample holds numbers valid in some region: " + valid);
  }
}
