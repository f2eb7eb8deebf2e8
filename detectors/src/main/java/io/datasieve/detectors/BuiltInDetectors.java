package io.datasieve.detectors;

import io.datasieve.spi.Detector;
import io.datasieve.spi.DetectorProvider;
import java.util.List;

/** Registers the built-in detectors with {@link io.datasieve.Scanner.Builder#loadDetectors()}. */
public final class BuiltInDetectors implements DetectorProvider {
  /** The id of the built-in secret rules' detector. */
  public static final String SECRETS_ID = "secrets";

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
        NationalIds.plPesel(),
        NationalIds.esDni(),
        NationalIds.fiHetu(),
        NationalIds.sePersonnummer(),
        NationalIds.dkCpr(),
        new PersonNameDetector(),
        new io.datasieve.detectors.rules.RuleDetector(SECRETS_ID, BuiltInSecretRules.rules()),
        new io.datasieve.detectors.secrets.GenericSecretDetector());
  }
}
