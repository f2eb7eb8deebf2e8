package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each identifier with its label or field and a valid check; never checksum-invalid, never without context. */
class NationalIdsTest {
  @ParameterizedTest(name = "[{index}] {0} {2}: \"{1}\" -> \"{3}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      pl ~ PESEL: 44051401359                         ~ notes   ~ 44051401359
      pl ~ nr PESEL 02270803624 w aktach              ~ notes   ~ 02270803624
      pl ~ 44051401359                                ~ pesel   ~ 44051401359
      pl ~ PESEL: 44051401358                         ~ notes   ~ ``
      pl ~ order 44051401359 shipped                  ~ notes   ~ ``
      es ~ DNI: 12345678Z                             ~ notes   ~ 12345678Z
      es ~ NIE X1234567L del titular                  ~ notes   ~ X1234567L
      es ~ 12345678z                                  ~ dni     ~ 12345678z
      es ~ DNI: 12345678A                             ~ notes   ~ ``
      es ~ ref 12345678Z                              ~ notes   ~ ``
      fi ~ henkilötunnus 131052-308T                  ~ notes   ~ 131052-308T
      fi ~ HETU: 010594Y9032                          ~ notes   ~ 010594Y9032
      fi ~ HETU: 131052-308U                          ~ notes   ~ ``
      fi ~ code 131052-308T                           ~ notes   ~ ``
      se ~ personnummer 811218-9876                   ~ notes   ~ 811218-9876
      se ~ Personnummer: 198112189876                 ~ notes   ~ 198112189876
      se ~ samordningsnummer 811278-9873              ~ notes   ~ 811278-9873
      se ~ personnummer 811218-9875                   ~ notes   ~ ``
      dk ~ CPR-nr. 070761-4285                        ~ notes   ~ 070761-4285
      dk ~ 0707614285                                 ~ cpr     ~ 0707614285
      dk ~ CPR 320761-4285                            ~ notes   ~ ``
      dk ~ phone 070761-4285                          ~ notes   ~ ``
      """)
  void table(String scheme, String value, String field, String expected) {
    ContextualIdDetector d = switch (scheme) {
      case "pl" -> NationalIds.plPesel();
      case "es" -> NationalIds.esDni();
      case "fi" -> NationalIds.fiHetu();
      case "se" -> NationalIds.sePersonnummer();
      default -> NationalIds.dkCpr();
    };
    TableAssert.reports(d, field, value, expected);
  }
}
