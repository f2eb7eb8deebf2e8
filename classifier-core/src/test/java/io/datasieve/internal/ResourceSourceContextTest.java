package io.datasieve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.datasieve.DatasetResource;
import io.datasieve.Issue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceSourceContextTest {
  private final IssueLog issues = new IssueLog(10);
  private final ResourceSourceContext context = new ResourceSourceContext(
      DatasetResource.of(Path.of("/data/a.csv")), Map.of("csv.header", "no"), 4096, issues);

  @Test
  void theContentStreamIsHandedOutOnce() {
    InputStream in = new ByteArrayInputStream(new byte[0]);
    context.offer(in);
    assertFalse(context.streamTaken());
    assertSame(in, context.openStream());
    assertTrue(context.streamTaken());
    assertThrows(IllegalStateException.class, context::openStream);
  }

  @Test
  void optionsLimitsAndIssuesComeFromTheScan() {
    assertEquals("no", context.option("csv.header"));
    assertNull(context.option("csv.delimiter"));
    assertEquals(4096, context.maxRecordLength());
    context.report(Issue.warning("ragged row"));
    assertEquals(List.of(Issue.warning("ragged row")), issues.toList());
  }

  @Test
  void fieldPathsAreInternedUpToALimit() {
    assertSame(context.fieldPath("email"), context.fieldPath("email"));
    for (int i = 0; i < ResourceSourceContext.MAX_INTERNED_PATHS; i++) {
      context.fieldPath("$.k" + i);
    }
    assertSame(context.fieldPath("$.k7"), context.fieldPath("$.k7"));
    assertNotSame(context.fieldPath("past.the.limit"), context.fieldPath("past.the.limit"));
    assertEquals(context.fieldPath("past.the.limit"), context.fieldPath("past.the.limit"));
  }
}
