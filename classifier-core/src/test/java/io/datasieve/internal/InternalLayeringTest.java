package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine depends on the API's model and SPI, never on {@code Scanner}, which builds it: the
 * dependency between the public entry point and the engine goes one way.
 */
class InternalLayeringTest {
  @Test
  void noEngineClassRefersToScanner() throws IOException, URISyntaxException {
    Path dir = Path.of(ScanEngine.class.getResource("ScanEngine.class").toURI()).getParent();
    List<String> offenders;
    try (Stream<Path> classes = Files.list(dir)) {
      offenders = classes
          .filter(p -> p.toString().endsWith(".class"))
          .filter(InternalLayeringTest::refersToScanner)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
    assertTrue(Files.exists(dir.resolve("ResourceScan.class")), "looked in the engine's class directory");
    assertEquals(List.of(), offenders);
  }

  private static final Pattern SCANNER = Pattern.compile("io/datasieve/Scanner[^A-Za-z0-9_]");

  /** Class names in the constant pool are plain UTF-8: {@code io/datasieve/Scanner} or {@code Lio/datasieve/Scanner$Builder;}. */
  private static boolean refersToScanner(Path classFile) {
    try {
      String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return SCANNER.matcher(bytes).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
