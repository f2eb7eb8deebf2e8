package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailDetectorTest {
  private final EmailDetector detector = new EmailDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # positives
      jane.doe@gmail.com                              ~ notes   ~ jane.doe@gmail.com
      Write to jane.doe+news@mail.co.uk.              ~ notes   ~ jane.doe+news@mail.co.uk
      <a href="mailto:bob_smith@acme-corp.io">        ~ html    ~ bob_smith@acme-corp.io
      contact: Ann.O'Neil@firm.legal                  ~ notes   ~ Neil@firm.legal
      two a@b.de and c.d@e-f.org                      ~ notes   ~ a@b.de | c.d@e-f.org
      USER@EXAMPLE-MAIL.COM                           ~ email   ~ USER@EXAMPLE-MAIL.COM
      # negatives
      jane@example.com                                ~ notes   ~ ``
      dev@localhost                                   ~ notes   ~ ``
      foo@bar                                         ~ notes   ~ ``
      a@b.c                                           ~ notes   ~ ``
      icon@2x.png                                     ~ notes   ~ ``
      git@github.com:org/repo.git                     ~ notes   ~ ``
      npm i @babel/core                               ~ notes   ~ ``
      @jane_doe on twitter                            ~ notes   ~ ``
      x@y.notatld                                     ~ notes   ~ ``
      a..b@mail.com                                   ~ notes   ~ ``
      user@-bad.com                                   ~ notes   ~ ``
      price 5@10.00                                   ~ notes   ~ ``
      postgres://app:Xy7kq2Lm9@cluster0.mongodb.net   ~ notes   ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }
}
