package io.datasieve.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Something a field's name says ("this column holds SSNs", "this is a person's name, not a
 * product's"). The scanner decides each declared trait once per distinct field path, not per
 * value; {@link ValueAnalysis#field(FieldTrait)} answers from that memo.
 *
 * <p>Immutable and thread-safe; compared by identity, so create each trait once. The test must be
 * a pure function of the path.
 */
public final class FieldTrait {
  private final String name;
  private final Predicate<FieldPath> test;
  /**
   * The slot of this set in the analyzer that last looked it up, as {@code (analyzer id << 32) |
   * slot}: a one-entry cache in front of the analyzer's map that holds no reference to it.
   */
  volatile long slot;

  private FieldTrait(String name, Predicate<FieldPath> test) {
    this.name = name;
    this.test = test;
  }

  /** A trait decided by a pure test of the path. */
  public static FieldTrait of(String name, Predicate<FieldPath> test) {
    return new FieldTrait(Objects.requireNonNull(name, "name"), Objects.requireNonNull(test, "test"));
  }

  /**
   * A trait that holds when the leaf name ({@link FieldPath#words()}) contains one of the phrases
   * as consecutive whole words: {@code words("ssn", "social security")} holds for {@code
   * customerSSN} and {@code social_security_no}. Phrases are split into words as field names are
   * ({@link FieldPath#words()}).
   */
  public static FieldTrait words(String name, String... phrases) {
    Objects.requireNonNull(name, "name");
    List<String[]> list = new ArrayList<>();
    for (String p : phrases) {
      // Split as field names are split (camel case, digits), so "ipv4" and "cardNumber" can match.
      List<String> w = p == null ? List.of() : FieldPath.split(p);
      if (w.isEmpty()) {
        throw new IllegalArgumentException("field phrase '" + p + "' of trait '" + name + "' has no word");
      }
      list.add(w.toArray(new String[0]));
    }
    return of(name, path -> {
      for (String[] phrase : list) {
        if (path.hasPhrase(phrase)) {
          return true;
        }
      }
      return false;
    });
  }

  /** The trait's name. */
  public String name() {
    return name;
  }

  /** Decides the trait for a path; the scanner memoises the answer per path. */
  public boolean test(FieldPath path) {
    return test.test(path);
  }

  @Override
  public String toString() {
    return "FieldTrait[" + name + "]";
  }
}
