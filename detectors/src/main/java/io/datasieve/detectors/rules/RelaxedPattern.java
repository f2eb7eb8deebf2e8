package io.datasieve.detectors.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for a re2j match: a loosened copy of a rule's regex, matched by a
 * small backtracking program with a step budget, that says "no match here" for most of the keyword
 * hits that are not secrets ("ask" for the keyword {@code sk} of {@code SK[0-9a-f]{32}}, "password
 * reset" for an assignment pattern) at a few nanoseconds per hit, where re2j's machine costs
 * hundreds. It never says "no" where re2j would match: every char set is widened (under {@code (?i)}
 * both ASCII cases and any char outside ASCII, since Unicode folding maps {@code K} and {@code ſ}
 * onto ASCII letters; a negated class always accepts chars outside ASCII), assertions ({@code ^ $
 * \b}) always hold, laziness is ignored (existence of a match does not depend on it), and a search
 * that runs out of steps answers "maybe". Only "no" is trusted; "maybe" hands the hit to re2j.
 *
 * <p>Supported: literals and escaped punctuation, {@code . \d \w \s} and their negations, bracket
 * classes with ranges, groups ({@code (?:...)}, capturing and named), alternation, the quantifiers
 * {@code ? * + {n} {n,} {n,m}} (lazy or not), and one leading {@code (?i)}. {@link #compile} returns
 * null for anything else, and the rule then runs without this filter.
 *
 * <p>Immutable and thread-safe.
 */
final class RelaxedPattern {
  private static final int CHAR = 0;
  private static final int SPLIT = 1;
  private static final int JMP = 2;
  private static final int MATCH = 3;
  /** Program size beyond which a pattern is not worth filtering this way. */
  private static final int MAX_PROGRAM = 4000;
  /** Steps of one anchored attempt, and of a whole search, after which the answer is "maybe". */
  private static final int ATTEMPT_BUDGET = 400;
  private static final int SEARCH_BUDGET = 8000;

  private final int[] op;
  private final int[] x;
  private final int[] y;
  private final long[] lo;
  private final long[] hi;
  private final boolean[] other;
  /** Chars that can start a match; {@code nullable}: the empty string matches. */
  private final long firstLo;
  private final long firstHi;
  private final boolean firstOther;
  private final boolean nullable;

  private RelaxedPattern(Program p) {
    int n = p.op.size();
    op = new int[n];
    x = new int[n];
    y = new int[n];
    lo = new long[n];
    hi = new long[n];
    other = new boolean[n];
    for (int i = 0; i < n; i++) {
      op[i] = p.op.get(i);
      x[i] = p.x.get(i);
      y[i] = p.y.get(i);
      Set set = p.sets.get(i);
      if (set != null) {
        lo[i] = set.lo;
        hi[i] = set.hi;
        other[i] = set.other;
      }
    }
    // The chars that can start a match: the char sets reachable from the start without a char.
    long fl = 0;
    long fh = 0;
    boolean fo = false;
    boolean empty = false;
    boolean[] seen = new boolean[n];
    int[] stack = new int[n + 1];
    int sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      int pc = stack[--sp];
      if (seen[pc]) {
        continue;
      }
      seen[pc] = true;
      switch (op[pc]) {
        case CHAR -> {
          fl |= lo[pc];
          fh |= hi[pc];
          fo |= other[pc];
        }
        case MATCH -> empty = true;
        case JMP -> stack[sp++] = x[pc];
        default -> {
          stack[sp++] = x[pc];
          stack[sp++] = y[pc];
        }
      }
    }
    firstLo = fl;
    firstHi = fh;
    firstOther = fo;
    nullable = empty;
  }

  /** The loosened pattern of a re2j regex, or null when it uses syntax this class does not model. */
  static RelaxedPattern compile(String regex) {
    try {
      Parser parser = new Parser(regex);
      Node root = parser.parse();
      Program p = new Program();
      root.emit(p);
      p.add(MATCH, 0, 0, null);
      return p.op.size() > MAX_PROGRAM ? null : new RelaxedPattern(p);
    } catch (Unsupported e) {
      return null;
    }
  }

  /** False when no match of the regex starts at {@code from} within {@code s[from, to)}. */
  boolean mayMatchAt(String s, int from, int to) {
    return attempt(s, from, to, ATTEMPT_BUDGET) > 0;
  }

  /** False when no match of the regex lies within {@code s[from, to)}. */
  boolean mayFind(String s, int from, int to) {
    if (nullable) {
      return true;
    }
    int budget = SEARCH_BUDGET;
    for (int p = from; p < to; p++) {
      if (!has(firstLo, firstHi, firstOther, s.charAt(p))) {
        continue;
      }
      int r = attempt(s, p, to, Math.min(ATTEMPT_BUDGET, budget));
      if (r > 0) {
        return true; // matched, or out of steps: maybe
      }
      budget += r; // r is minus the steps spent
      if (budget <= 0) {
        return true;
      }
    }
    return false;
  }

  /** 1: matched; 2: out of steps; else minus the steps spent before every path failed. */
  private int attempt(String s, int from, int to, int budget) {
    int[] stack = new int[32];
    int sp = 0;
    int steps = 0;
    stack[sp++] = 0;
    stack[sp++] = from;
    while (sp > 0) {
      int pos = stack[--sp];
      int pc = stack[--sp];
      while (true) {
        if (++steps > budget) {
          return 2;
        }
        int o = op[pc];
        if (o == CHAR) {
          if (pos < to && has(lo[pc], hi[pc], other[pc], s.charAt(pos))) {
            pc++;
            pos++;
            continue;
          }
          break;
        } else if (o == JMP) {
          pc = x[pc];
        } else if (o == SPLIT) {
          if (sp + 2 > stack.length) {
            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
          }
          stack[sp++] = y[pc];
          stack[sp++] = pos;
          pc = x[pc];
        } else {
          return 1;
        }
      }
    }
    return -steps;
  }

  private static boolean has(long lo, long hi, boolean other, char c) {
    return c < 64 ? (lo & 1L << c) != 0 : c < 128 ? (hi & 1L << (c - 64)) != 0 : other;
  }

  // Compilation

  /** A char set over ASCII plus "any char outside ASCII". */
  private static final class Set {
    long lo;
    long hi;
    boolean other;

    void add(int c) {
      if (c < 64) {
        lo |= 1L << c;
      } else if (c < 128) {
        hi |= 1L << (c - 64);
      } else {
        other = true;
      }
    }

    void addRange(int from, int to) {
      for (int c = from; c <= Math.min(to, 127); c++) {
        add(c);
      }
      if (to >= 128) {
        other = true;
      }
    }

    void addAll(Set s) {
      lo |= s.lo;
      hi |= s.hi;
      other |= s.other;
    }

    /** Both ASCII cases of each letter, and anything outside ASCII (which may fold to a letter). */
    void foldCase() {
      boolean letters = false;
      for (int c = 'a'; c <= 'z'; c++) {
        if (contains(c) || contains(c - 32)) {
          add(c);
          add(c - 32);
          letters = true;
        }
      }
      if (letters) {
        other = true;
      }
    }

    boolean contains(int c) {
      return c < 64 ? (lo & 1L << c) != 0 : (hi & 1L << (c - 64)) != 0;
    }

    /** The complement over ASCII; outside ASCII always accepted (a widening). */
    Set negated() {
      Set n = new Set();
      n.lo = ~lo;
      n.hi = ~hi;
      n.other = true;
      return n;
    }

    static Set of(String chars) {
      Set s = new Set();
      chars.chars().forEach(s::add);
      return s;
    }

    static Set any() {
      Set s = new Set();
      s.lo = -1L;
      s.hi = -1L;
      s.other = true;
      return s;
    }
  }

  private static final String SPACE = " \t\n\f\r\u000b";
  private static final String DIGITS = "0123456789";
  private static final String WORD = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";

  /** Thrown for syntax this class does not model. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final class Program {
    final List<Integer> op = new ArrayList<>();
    final List<Integer> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();
    final List<Set> sets = new ArrayList<>();

    int add(int o, int a, int b, Set set) {
      op.add(o);
      x.add(a);
      y.add(b);
      sets.add(set);
      return op.size() - 1;
    }

    int pc() {
      return op.size();
    }

    void patchX(int at, int to) {
      x.set(at, to);
    }

    void patchY(int at, int to) {
      y.set(at, to);
    }

    void check() throws Unsupported {
      if (op.size() > MAX_PROGRAM) {
        throw new Unsupported();
      }
    }
  }

  private interface Node {
    void emit(Program p) throws Unsupported;
  }

  private record CharNode(Set set) implements Node {
    @Override
    public void emit(Program p) throws Unsupported {
      p.add(CHAR, 0, 0, set);
      p.check();
    }
  }

  private record SeqNode(List<Node> items) implements Node {
    @Override
    public void emit(Program p) throws Unsupported {
      for (Node n : items) {
        n.emit(p);
      }
    }
  }

  private record AltNode(List<Node> options) implements Node {
    @Override
    public void emit(Program p) throws Unsupported {
      List<Integer> jumps = new ArrayList<>();
      for (int k = 0; k < options.size() - 1; k++) {
        int split = p.add(SPLIT, 0, 0, null);
        p.patchX(split, p.pc());
        options.get(k).emit(p);
        jumps.add(p.add(JMP, 0, 0, null));
        p.patchY(split, p.pc());
      }
      options.get(options.size() - 1).emit(p);
      for (int j : jumps) {
        p.patchX(j, p.pc());
      }
    }
  }

  /** {@code max < 0}: unbounded. */
  private record RepeatNode(Node body, int min, int max) implements Node {
    @Override
    public void emit(Program p) throws Unsupported {
      for (int k = 0; k < min; k++) {
        body.emit(p);
      }
      if (max < 0) {
        int split = p.add(SPLIT, 0, 0, null);
        p.patchX(split, p.pc());
        body.emit(p);
        p.add(JMP, split, 0, null);
        p.patchY(split, p.pc());
        return;
      }
      List<Integer> splits = new ArrayList<>();
      for (int k = min; k < max; k++) {
        int split = p.add(SPLIT, 0, 0, null);
        p.patchX(split, p.pc());
        splits.add(split);
        body.emit(p);
      }
      for (int split : splits) {
        p.patchY(split, p.pc());
      }
    }
  }

  private static final class Parser {
    private final String re;
    private int i;
    private boolean fold;

    Parser(String re) {
      this.re = re;
    }

    Node parse() throws Unsupported {
      if (re.startsWith("(?i)")) {
        fold = true;
        i = 4;
      }
      Node n = alternation();
      if (i != re.length()) {
        throw new Unsupported();
      }
      return n;
    }

    private Node alternation() throws Unsupported {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (i < re.length() && re.charAt(i) == '|') {
        i++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new AltNode(options);
    }

    private Node sequence() throws Unsupported {
      List<Node> items = new ArrayList<>();
      while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
        Node atom = atom();
        if (atom == null) {
          continue; // an assertion: always holds here
        }
        items.add(quantified(atom));
      }
      return new SeqNode(items);
    }

    private Node quantified(Node atom) throws Unsupported {
      if (i >= re.length()) {
        return atom;
      }
      char c = re.charAt(i);
      int min;
      int max;
      if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else if (c == '*') {
        min = 0;
        max = -1;
        i++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        i++;
      } else if (c == '{') {
        int close = re.indexOf('}', i);
        if (close < 0) {
          throw new Unsupported();
        }
        String body = re.substring(i + 1, close);
        if (!body.matches("[0-9]{1,4}(,[0-9]{0,4})?")) {
          throw new Unsupported(); // a literal brace: not modelled
        }
        int comma = body.indexOf(',');
        min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
        if (max >= 0 && max < min) {
          throw new Unsupported();
        }
        i = close + 1;
      } else {
        return atom;
      }
      if (i < re.length() && re.charAt(i) == '?') {
        i++; // lazy: the same matches exist
      }
      if (i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0) {
        throw new Unsupported();
      }
      return new RepeatNode(atom, min, max);
    }

    /** The next atom, or null for an assertion. */
    private Node atom() throws Unsupported {
      char c = re.charAt(i++);
      switch (c) {
        case '(' -> {
          if (re.startsWith("?:", i)) {
            i += 2;
          } else if (re.startsWith("?P<", i) || re.startsWith("?<", i)) {
            int close = re.indexOf('>', i);
            if (close < 0) {
              throw new Unsupported();
            }
            i = close + 1;
          } else if (i < re.length() && re.charAt(i) == '?') {
            throw new Unsupported(); // flags inside the pattern
          }
          Node inner = alternation();
          if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
          }
          i++;
          return inner;
        }
        case '[' -> {
          return new CharNode(bracket());
        }
        case '.' -> {
          return new CharNode(Set.any());
        }
        case '^', '$' -> {
          return null;
        }
        case '\\' -> {
          if (i >= re.length()) {
            throw new Unsupported();
          }
          char e = re.charAt(i++);
          if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
            return null;
          }
          Set set = escape(e);
          return new CharNode(fold ? folded(set) : set);
        }
        case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
        default -> {
          Set set = new Set();
          set.add(c);
          return new CharNode(fold ? folded(set) : set);
        }
      }
    }

    private static Set folded(Set s) {
      s.foldCase();
      return s;
    }

    /** A class escape or an escaped literal. */
    private static Set escape(char e) throws Unsupported {
      return switch (e) {
        case 'd' -> Set.of(DIGITS);
        case 'D' -> Set.of(DIGITS).negated();
        case 'w' -> Set.of(WORD);
        case 'W' -> Set.of(WORD).negated();
        case 's' -> Set.of(SPACE);
        case 'S' -> Set.of(SPACE).negated();
        case 'n' -> Set.of("\n");
        case 't' -> Set.of("\t");
        case 'r' -> Set.of("\r");
        case 'f' -> Set.of("\f");
        case 'v' -> Set.of("\u000b");
        default -> {
          if (e < 128 && !Character.isLetterOrDigit(e)) {
            Set s = new Set();
            s.add(e);
            yield s;
          }
          throw new Unsupported();
        }
      };
    }

    private Set bracket() throws Unsupported {
      boolean negate = i < re.length() && re.charAt(i) == '^';
      if (negate) {
        i++;
      }
      Set set = new Set();
      boolean first = true;
      while (true) {
        if (i >= re.length()) {
          throw new Unsupported();
        }
        char c = re.charAt(i);
        if (c == ']' && !first) {
          i++;
          break;
        }
        first = false;
        if (c == '[') {
          throw new Unsupported(); // [[:alpha:]]
        }
        int lowChar;
        i++;
        if (c == '\\') {
          if (i >= re.length()) {
            throw new Unsupported();
          }
          char e = re.charAt(i++);
          Set s = escape(e);
          if ("dDwWsS".indexOf(e) >= 0) {
            set.addAll(s);
            continue;
          }
          lowChar = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'f' ? '\f' : e == 'v' ? 0x0b : e;
        } else {
          lowChar = c;
        }
        if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
          char h = re.charAt(i + 1);
          if (h == '\\' || h == '[') {
            throw new Unsupported();
          }
          i += 2;
          if (h < lowChar) {
            throw new Unsupported();
          }
          set.addRange(lowChar, h);
        } else {
          set.add(lowChar);
        }
      }
      if (fold) {
        set.foldCase();
      }
      return negate ? set.negated() : set;
    }
  }
}
