package io.datasieve.testing;

import io.datasieve.InfoType;
import io.datasieve.Severity;
import io.datasieve.spi.Detector;
import io.datasieve.spi.FieldValue;
import io.datasieve.spi.MatchSink;
import java.util.List;

/**
 * A test detector: reports each {@code tok_} followed by letters and digits as {@link #TOKEN},
 * with confidence 0.9 ({@code tok_low...}: 0.3, under the default minimum but a weak match).
 */
public final class TokenDetector implements Detector {
  /** The info type reported. */
  public static final InfoType TOKEN = new InfoType("TEST_TOKEN", "SECRET", "SECRET/Test Token", Severity.HIGH);

  @Override
  public String id() {
    return "test-token";
  }

  @Override
  public List<InfoType> infoTypes() {
    return List.of(TOKEN);
  }

  @Override
  public void detect(FieldValue value, MatchSink sink) {
    String s = value.text();
    int from = 0;
    int at;
    while ((at = s.indexOf("tok_", from)) >= 0) {
      int end = at + 4;
      while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      if (end > at + 4) {
        sink.match(TOKEN, at, end, s.startsWith("tok_low", at) ? 0.3 : 0.9);
      }
      from = end;
    }
  }
}
