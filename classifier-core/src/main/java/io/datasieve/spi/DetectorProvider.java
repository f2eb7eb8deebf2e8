package io.datasieve.spi;

import java.util.List;

/**
 * Supplies detectors to {@link io.datasieve.Scanner.Builder#loadDetectors()} through {@link
 * java.util.ServiceLoader}. Register an implementation in {@code
 * META-INF/services/io.datasieve.spi.DetectorProvider}.
 */
public interface DetectorProvider {
  /** Creates the detectors; called once per builder. */
  List<Detector> detectors();
}
