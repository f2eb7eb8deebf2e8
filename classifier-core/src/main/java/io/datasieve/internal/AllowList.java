package io.datasieve.internal;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/** Values that are never reported: exact strings and whole-value re2j patterns. Immutable. */
final class AllowList {
  private final Set<String> values;
  private final List<Pattern> patterns;

  AllowList(Set<String> values, List<String> patterns) {
    this.values = Set.copyOf(values);
    this.patterns = patterns.stream().map(Pattern::compile).toList();
  }

  boolean isEmpty() {
    return values.isEmpty() && patterns.isEmpty();
  }

  boolean allows(String text, int start, int end) {
    String v = text.substring(start, end);
    if (values.contains(v)) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matches(v)) {
        return true;
      }
    }
    return false;
  }
}
