package io.datasieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.datasieve.Scanner;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DetectorLoadingTest {
  @Test
  void theEarlyBuilderIsHandedOutOnceThenEachCallLoadsItsOwn() {
    AtomicInteger loads = new AtomicInteger();
    Scanner.Builder first = Scanner.builder();
    DetectorLoading loading = DetectorLoading.start(true, () -> loads.incrementAndGet() == 1 ? first : Scanner.builder());
    assertSame(first, loading.take());
    assertNotSame(first, loading.take());
    assertEquals(2, loads.get());
  }

  @Test
  void notNeededLoadsOnDemandOnly() {
    AtomicInteger loads = new AtomicInteger();
    DetectorLoading loading = DetectorLoading.start(false, () -> {
      loads.incrementAndGet();
      return Scanner.builder();
    });
    assertEquals(0, loads.get());
    loading.take();
    assertEquals(1, loads.get());
  }

  @Test
  void aFailureReachesTheCallerAsIfItHadLoadedThem() {
    DetectorLoading runtime = DetectorLoading.start(true, () -> {
      throw new IllegalStateException("no detectors: bad provider");
    });
    assertEquals("no detectors: bad provider", assertThrows(IllegalStateException.class, runtime::take).getMessage());
    DetectorLoading error = DetectorLoading.start(true, () -> {
      throw new ServiceConfigurationError("io.datasieve.spi.DetectorProvider: Provider x not found");
    });
    assertThrows(ServiceConfigurationError.class, error::take);
  }

  @Test
  void theRealOneHasTheBuiltInDetectors() {
    List<String> early = DetectorLoading.start(true).take().build().detectors().stream().map(d -> d.id()).toList();
    List<String> here = Scanner.builder().loadDetectors().build().detectors().stream().map(d -> d.id()).toList();
    assertEquals(here, early);
  }
}
