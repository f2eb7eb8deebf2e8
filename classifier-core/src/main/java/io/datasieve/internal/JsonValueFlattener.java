package io.datasieve.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FlatRecord;
import io.datasieve.spi.SourceContext;
import java.io.IOException;

/**
 * Flattens one JSON value from a streaming parser into (path, value) pairs: objects become
 * {@code $.a.b} (or {@code $['odd key']}), arrays {@code $.a[1]}; strings, numbers and booleans are
 * values, nulls are not. Consumes exactly the tokens of that value. Reused from value to value.
 */
final class JsonValueFlattener {
  static final int MAX_DEPTH = 256;

  private final SourceContext context;
  private final StringBuilder path = new StringBuilder();
  private final int[] segmentStart = new int[MAX_DEPTH + 2];
  private final boolean[] inArray = new boolean[MAX_DEPTH + 2];
  private final int[] arrayIndex = new int[MAX_DEPTH + 2];

  JsonValueFlattener(SourceContext context) {
    this.context = context;
  }

  /**
   * Reads the value that starts with {@code first} into {@code out}.
   *
   * @param maxChars how many chars of input the value may span; past that the read fails (an
   *     oversized record must not be held in memory); {@code Long.MAX_VALUE} for no check
   */
  void value(JsonParser p, JsonToken first, FlatRecord out, long maxChars) throws IOException {
    path.setLength(0);
    path.append('$');
    long startOffset = offset(p);
    int depth = 0;
    String name = null;
    int tokens = 0;
    for (JsonToken t = first; ; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("the JSON value ends too early (truncated?)");
      }
      if (maxChars != Long.MAX_VALUE && (++tokens & 0xFF) == 0 && offset(p) - startOffset > maxChars) {
        throw new RecordTooLongException(maxChars);
      }
      switch (t) {
        case FIELD_NAME:
          name = p.currentName();
          continue;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          path.setLength(segmentStart[depth]);
          if (depth == 0) {
            return;
          }
          continue;
        default:
          break;
      }
      int mark = path.length();
      if (depth > 0) {
        if (inArray[depth - 1]) {
          path.append('[').append(arrayIndex[depth - 1]++).append(']');
        } else {
          FieldPath.appendMember(path, name);
        }
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        segmentStart[depth] = mark;
        inArray[depth] = t == JsonToken.START_ARRAY;
        arrayIndex[depth] = 0;
        depth++;
        continue;
      }
      String text;
      switch (t) {
        case VALUE_STRING:
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          text = p.getText();
          break;
        case VALUE_TRUE:
          text = "true";
          break;
        case VALUE_FALSE:
          text = "false";
          break;
        default:
          text = null;
      }
      if (text != null) {
        out.add(context.fieldPath(path.toString()), text);
      }
      path.setLength(mark);
      if (depth == 0) {
        return;
      }
    }
  }

  private static long offset(JsonParser p) {
    long chars = p.currentLocation().getCharOffset();
    return chars >= 0 ? chars : p.currentLocation().getByteOffset();
  }
}
