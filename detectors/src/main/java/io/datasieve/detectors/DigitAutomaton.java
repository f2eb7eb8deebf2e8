package io.datasieve.detectors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic automaton over the digits {@code 0-9} that decides, in one pass and without a
 * String, which of several libphonenumber national-number patterns a string of digits matches.
 *
 * <p>libphonenumber describes each number type of a region ({@code PhoneNumberDesc}) by a regular
 * expression over digits, such as {@code [2-9]\d{9}|3\d{6}}, that {@link
 * java.util.regex.Matcher#matches} checks against the national significant number. The patterns
 * use a small part of the regex language: digits, {@code \d}, classes of digits and ranges ({@code
 * [2-57-9]}, {@code [^0]}), groups ({@code (?:..)} and {@code (..)}), {@code |}, and the
 * quantifiers {@code ? * + {n} {n,} {n,m}} (greedy or lazy). Over an input of digits only, such a
 * pattern denotes a regular language, and whether backtracking finds a full match is exactly
 * whether the input is in it. So each pattern is parsed, built into a Thompson NFA, and all of them
 * together are determinised (subset construction); each state records which patterns match the
 * digits read so far. Deciding a number is then one table step per digit.
 *
 * <p>Anything outside that subset (anchors, escapes other than {@code \d}, possessive quantifiers,
 * other chars) is refused with an {@link IllegalArgumentException} naming the pattern and offset,
 * so a caller keeps {@code java.util.regex} for it and stays exact. So is a set whose automaton
 * would exceed {@link #MAX_STATES} states. A {@linkplain #compile(List, boolean) prefix} automaton
 * answers {@link java.util.regex.Matcher#lookingAt} instead: a pattern matches once some prefix of
 * the input matches it.
 *
 * <p>Immutable and thread-safe. At most 32 patterns per automaton.
 */
final class DigitAutomaton {
  /** The state after which no pattern can match, whatever digits follow. */
  static final int DEAD = -1;
  /** The largest automaton built; a set that needs more is refused. */
  static final int MAX_STATES = 50_000;

  /** {@code next[state * 10 + digit]}: the following state, or {@link #DEAD}. */
  private final int[] next;
  /** The patterns (a bit per pattern, in the order given) that match the input read up to each state. */
  private final int[] matched;

  private DigitAutomaton(int[] next, int[] matched) {
    this.next = next;
    this.matched = matched;
  }

  /** The state before any digit. */
  int start() {
    return 0;
  }

  /** The state after reading {@code digit} (0-9) in {@code state}, or {@link #DEAD}. */
  int next(int state, int digit) {
    return next[state * 10 + digit];
  }

  /**
   * The patterns (bit {@code i} for the {@code i}-th pattern) that match all digits read to reach
   * {@code state} (for a prefix automaton: some prefix of them).
   */
  int matched(int state) {
    return matched[state];
  }

  /** Number of states. */
  int states() {
    return matched.length;
  }

  /** The patterns the digits match, as {@link #matched}; 0 when a char is not a digit. */
  int match(CharSequence digits) {
    int s = 0;
    for (int k = 0; k < digits.length(); k++) {
      int d = digits.charAt(k) - '0';
      if (d < 0 || d > 9) {
        return 0;
      }
      s = next[s * 10 + d];
      if (s == DEAD) {
        return 0;
      }
    }
    return matched[s];
  }

  /** An automaton for one pattern, matched in full. */
  static DigitAutomaton compile(String pattern) {
    return compile(List.of(pattern), false);
  }

  /**
   * An automaton for these patterns: bit {@code i} of {@link #matched} stands for {@code
   * patterns.get(i)}. With {@code prefix}, a pattern counts as matched once a prefix of the input
   * matches it ({@link java.util.regex.Matcher#lookingAt}), else only a full match counts.
   *
   * @throws IllegalArgumentException for a construct outside the supported subset (naming it), more
   *     than 32 patterns, or an automaton of more than {@link #MAX_STATES} states
   */
  static DigitAutomaton compile(List<String> patterns, boolean prefix) {
    if (patterns.size() > 32) {
      throw new IllegalArgumentException("at most 32 patterns per automaton, not " + patterns.size());
    }
    Nfa nfa = new Nfa();
    int start = nfa.state();
    for (int i = 0; i < patterns.size(); i++) {
      Node node = new Parser(patterns.get(i)).parse();
      if (prefix) {
        node = new Seq(List.of(node, new Repeat(new Digits(Digits.ANY), 0, -1)));
      }
      int[] fragment = nfa.build(node);
      nfa.epsilon(start, fragment[0]);
      nfa.tag(fragment[1], i);
    }
    return determinise(nfa, start);
  }

  // Parsing: a regex over digits to a small tree.

  private sealed interface Node permits Digits, Seq, Alt, Repeat {}

  /** One digit out of a set: bit {@code d} for digit {@code d}. */
  private record Digits(int set) implements Node {
    static final int ANY = (1 << 10) - 1;
  }

  private record Seq(List<Node> parts) implements Node {}

  private record Alt(List<Node> choices) implements Node {}

  /** {@code max} is -1 for no upper bound. */
  private record Repeat(Node body, int min, int max) implements Node {}

  /** Recursive descent over {@code alternation := sequence ('|' sequence)*}. */
  private static final class Parser {
    private final String p;
    private int at;

    Parser(String pattern) {
      this.p = pattern;
    }

    Node parse() {
      Node n = alternation();
      if (at < p.length()) {
        throw unsupported(); // an unbalanced ')'
      }
      return n;
    }

    private Node alternation() {
      List<Node> choices = new ArrayList<>();
      choices.add(sequence());
      while (at < p.length() && p.charAt(at) == '|') {
        at++;
        choices.add(sequence());
      }
      return choices.size() == 1 ? choices.get(0) : new Alt(choices);
    }

    private Node sequence() {
      List<Node> parts = new ArrayList<>();
      while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
        parts.add(quantified(atom()));
      }
      return parts.size() == 1 ? parts.get(0) : new Seq(parts);
    }

    private Node atom() {
      char c = p.charAt(at);
      if (c >= '0' && c <= '9') {
        at++;
        return new Digits(1 << (c - '0'));
      }
      if (c == '\\' && at + 1 < p.length() && p.charAt(at + 1) == 'd') {
        at += 2;
        return new Digits(Digits.ANY);
      }
      if (c == '[') {
        return digitClass();
      }
      if (c == '(') {
        at++;
        if (p.startsWith("?:", at)) {
          at += 2;
        } else if (at < p.length() && p.charAt(at) == '?') {
          throw unsupported(); // lookaround, named or flag groups
        }
        Node inner = alternation();
        if (at >= p.length() || p.charAt(at) != ')') {
          throw unsupported();
        }
        at++;
        return inner;
      }
      throw unsupported();
    }

    /** {@code [..]} of digits, {@code \d} and ranges, optionally negated (within the digits). */
    private Node digitClass() {
      int open = at++;
      boolean negated = at < p.length() && p.charAt(at) == '^';
      if (negated) {
        at++;
      }
      int set = 0;
      boolean first = true;
      while (at < p.length() && (p.charAt(at) != ']' || first)) {
        char c = p.charAt(at);
        if (c == '\\' && at + 1 < p.length() && p.charAt(at + 1) == 'd') {
          set |= Digits.ANY;
          at += 2;
        } else if (c >= '0' && c <= '9') {
          int low = c - '0';
          int high = low;
          if (at + 2 < p.length() && p.charAt(at + 1) == '-' && p.charAt(at + 2) != ']') {
            char h = p.charAt(at + 2);
            if (h < c || h > '9') {
              at += 2;
              throw unsupported();
            }
            high = h - '0';
            at += 2;
          }
          for (int d = low; d <= high; d++) {
            set |= 1 << d;
          }
          at++;
        } else {
          throw unsupported(); // nested classes, intersections, other chars
        }
        first = false;
      }
      if (at >= p.length()) {
        at = open;
        throw unsupported();
      }
      at++;
      return new Digits(negated ? ~set & Digits.ANY : set);
    }

    private Node quantified(Node atom) {
      if (at >= p.length()) {
        return atom;
      }
      int min;
      int max;
      char c = p.charAt(at);
      if (c == '?') {
        min = 0;
        max = 1;
        at++;
      } else if (c == '*') {
        min = 0;
        max = -1;
        at++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        at++;
      } else if (c == '{') {
        at++;
        min = number();
        max = min;
        if (at < p.length() && p.charAt(at) == ',') {
          at++;
          max = at < p.length() && p.charAt(at) == '}' ? -1 : number();
        }
        if (at >= p.length() || p.charAt(at) != '}' || max != -1 && max < min) {
          throw unsupported();
        }
        at++;
      } else {
        return atom;
      }
      if (at < p.length() && p.charAt(at) == '?') {
        at++; // lazy: the same set of full matches as greedy
      } else if (at < p.length() && (p.charAt(at) == '+' || p.charAt(at) == '{' || p.charAt(at) == '*')) {
        throw unsupported(); // possessive (changes what matches) or a doubled quantifier
      }
      return new Repeat(atom, min, max);
    }

    private int number() {
      int begin = at;
      int n = 0;
      while (at < p.length() && p.charAt(at) >= '0' && p.charAt(at) <= '9' && at - begin < 4) {
        n = n * 10 + (p.charAt(at++) - '0');
      }
      if (at == begin || at - begin >= 4) {
        throw unsupported();
      }
      return n;
    }

    private IllegalArgumentException unsupported() {
      String what = at < p.length() ? "'" + p.charAt(at) + "'" : "the end";
      return new IllegalArgumentException("unsupported construct at " + what + " (offset " + at + ") in digit pattern " + p);
    }
  }

  // Thompson construction: states with one transition on a set of digits and any epsilon moves.

  private static final class Nfa {
    private int count;
    private int[] digits = new int[64];
    private int[] target = new int[64];
    private int[] tag = new int[64];
    private int[][] epsilon = new int[64][];
    private int[] epsilonCount = new int[64];

    int state() {
      if (count == digits.length) {
        int cap = count * 2;
        digits = Arrays.copyOf(digits, cap);
        target = Arrays.copyOf(target, cap);
        tag = Arrays.copyOf(tag, cap);
        epsilon = Arrays.copyOf(epsilon, cap);
        epsilonCount = Arrays.copyOf(epsilonCount, cap);
      }
      target[count] = -1;
      tag[count] = -1;
      return count++;
    }

    void epsilon(int from, int to) {
      int[] e = epsilon[from];
      int c = epsilonCount[from];
      if (e == null) {
        e = epsilon[from] = new int[2];
      } else if (c == e.length) {
        e = epsilon[from] = Arrays.copyOf(e, c * 2);
      }
      e[c] = to;
      epsilonCount[from] = c + 1;
    }

    void tag(int state, int pattern) {
      tag[state] = pattern;
    }

    /** A fresh fragment for the node: {entry, exit}, the exit without moves of its own. */
    int[] build(Node node) {
      int in = state();
      int out = state();
      if (node instanceof Digits d) {
        digits[in] = d.set();
        target[in] = out;
      } else if (node instanceof Seq s) {
        int at = in;
        for (Node part : s.parts()) {
          int[] f = build(part);
          epsilon(at, f[0]);
          at = f[1];
        }
        epsilon(at, out);
      } else if (node instanceof Alt a) {
        for (Node choice : a.choices()) {
          int[] f = build(choice);
          epsilon(in, f[0]);
          epsilon(f[1], out);
        }
      } else {
        Repeat r = (Repeat) node;
        int at = in;
        for (int k = 0; k < r.min(); k++) {
          int[] f = build(r.body());
          epsilon(at, f[0]);
          at = f[1];
        }
        if (r.max() < 0) {
          int[] f = build(r.body());
          epsilon(at, f[0]);
          epsilon(f[1], at); // loop back: any number of further copies
          epsilon(at, out);
        } else {
          for (int k = r.min(); k < r.max(); k++) {
            epsilon(at, out); // stop here
            int[] f = build(r.body());
            epsilon(at, f[0]);
            at = f[1];
          }
          epsilon(at, out);
        }
      }
      return new int[] {in, out};
    }

    /** The states reachable by epsilon moves, as the sorted states that read a digit or accept. */
    int[] closure(int[] seeds, boolean[] seen, int[] stack) {
      int top = 0;
      List<Integer> kept = new ArrayList<>();
      for (int s : seeds) {
        if (!seen[s]) {
          seen[s] = true;
          stack[top++] = s;
        }
      }
      List<Integer> visited = new ArrayList<>();
      while (top > 0) {
        int s = stack[--top];
        visited.add(s);
        if (target[s] >= 0 || tag[s] >= 0) {
          kept.add(s);
        }
        for (int k = 0; k < epsilonCount[s]; k++) {
          int t = epsilon[s][k];
          if (!seen[t]) {
            seen[t] = true;
            stack[top++] = t;
          }
        }
      }
      for (int s : visited) {
        seen[s] = false;
      }
      int[] set = new int[kept.size()];
      for (int k = 0; k < set.length; k++) {
        set[k] = kept.get(k);
      }
      Arrays.sort(set);
      return set;
    }
  }

  private record StateSet(int[] states) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StateSet other && Arrays.equals(states, other.states);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(states);
    }
  }

  private static DigitAutomaton determinise(Nfa nfa, int start) {
    boolean[] seen = new boolean[nfa.count];
    int[] stack = new int[nfa.count];
    Map<StateSet, Integer> ids = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    int[] next = new int[10 * 64];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    int[] first = nfa.closure(new int[] {start}, seen, stack);
    ids.put(new StateSet(first), 0);
    sets.add(first);
    work.add(0);
    int[] seeds = new int[nfa.count];
    while (!work.isEmpty()) {
      int id = work.poll();
      int[] set = sets.get(id);
      for (int d = 0; d < 10; d++) {
        int n = 0;
        for (int s : set) {
          if ((nfa.digits[s] & (1 << d)) != 0) {
            seeds[n++] = nfa.target[s];
          }
        }
        int to = DEAD;
        if (n > 0) {
          int[] closed = nfa.closure(Arrays.copyOf(seeds, n), seen, stack);
          Integer known = ids.get(new StateSet(closed));
          if (known == null) {
            if (sets.size() == MAX_STATES) {
              throw new IllegalArgumentException("digit patterns need more than " + MAX_STATES + " automaton states");
            }
            known = sets.size();
            ids.put(new StateSet(closed), known);
            sets.add(closed);
            work.add(known);
          }
          to = known;
        }
        if (id * 10 + d >= next.length) {
          next = Arrays.copyOf(next, next.length * 2);
        }
        next[id * 10 + d] = to;
      }
    }
    int[] matched = new int[sets.size()];
    for (int id = 0; id < matched.length; id++) {
      for (int s : sets.get(id)) {
        if (nfa.tag[s] >= 0) {
          matched[id] |= 1 << nfa.tag[s];
        }
      }
    }
    return new DigitAutomaton(Arrays.copyOf(next, matched.length * 10), matched);
  }
}
