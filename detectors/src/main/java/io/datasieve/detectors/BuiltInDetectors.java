package io.datasieve.detectors;

import io.datasieve.spi.Detector;
import io.datasieve.spi.DetectorProvider;
import java.util.List;

/** Registers the built-in detectors with {@link io.datasieve.Scanner.Builder#loadDetectors()}. */
public final class BuiltInDetectors implements DetectorProvider {
  @Override
  public List<Detector> detectors() {
    return List.of(
        new UsSsnDetector(),
        new UsItinDetector(),
        new EmailDetector(),
        new PhoneNumberDetector(),
        new CreditCardDetector(),
        new IbanDetector(),
        new IpAddressDetector(),
        new DateOfBirthDetector(),
        ContextualIdDetector.usPassport(),
        ContextualIdDetector.usDriverLicense(),
        new PersonNameDetector(),
        new io.datasieve.detectors.rules.RuleDetector("secrets", BuiltInSecretRules.rules()),
        new io.datasieve.detectors.secrets.GenericSecretDetector());
  }
}
