package io.datasieve.detectors.rules;

/**
 * A read-only view of {@code text[from, to)} without copying, for anchored regex tests at the
 * many keyword hits that turn out not to be secrets.
 */
final class TextWindow implements CharSequence {
  private final String text;
  private final int from;
  private final int to;

  TextWindow(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return text.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.substring(from + start, from + end);
  }

  @Override
  public String toString() {
    return text.substring(from, to);
  }
}
