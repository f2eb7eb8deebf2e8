package io.datasieve.detectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressDetectorTest {
  private final IpAddressDetector detector = new IpAddressDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      8.8.8.8                                        ~ notes   ~ 8.8.8.8
      login from 172.16.254.1:8443 failed            ~ notes   ~ 172.16.254.1
      10.0.0.1/24                                    ~ notes   ~ 10.0.0.1
      client 2001:0db9:85a3::8a2e:0370:7334 again    ~ notes   ~ 2001:0db9:85a3::8a2e:0370:7334
      fe80::1ff:fe23:4567:890a                       ~ notes   ~ fe80::1ff:fe23:4567:890a
      81.2.69.160                                    ~ ip      ~ 81.2.69.160
      # negatives
      version 1.2.3.4                                ~ notes   ~ ``
      2.5.1.94                                       ~ app_version ~ ``
      logging in from app 3.2.1.4                    ~ notes   ~ ``
      v10.2.0.1                                      ~ notes   ~ ``
      1.2.3.4.5                                      ~ notes   ~ ``
      OID 1.3.6.1.4.1.343                            ~ notes   ~ ``
      256.1.1.1                                      ~ notes   ~ ``
      01.02.03.04                                    ~ notes   ~ ``
      12.10.2023                                     ~ notes   ~ ``
      127.0.0.1                                      ~ notes   ~ ``
      192.0.2.15                                     ~ notes   ~ ``
      at 10:30:45 today                              ~ notes   ~ ``
      mac 00:1A:2B:3C:4D:5E                          ~ notes   ~ ``
      std::vector a::b                               ~ notes   ~ ``
      price 1.50                                     ~ notes   ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }
}
