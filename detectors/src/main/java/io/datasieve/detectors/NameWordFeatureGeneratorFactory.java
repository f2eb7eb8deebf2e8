package io.datasieve.detectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * The person-name model's dictionary features: which of the model's dictionaries hold the word,
 * the word before and the word after ({@code d-1=first}, {@code d0=place}, ...). Used by the model's
 * feature configuration (so it must stay public and keep its name): OpenNLP's own dictionary
 * features look each n-gram up by building, lower-casing and interning a {@code StringList}, which
 * was two thirds of the model's time; here a word is looked up once per sentence without
 * allocating, and only places (the one dictionary of phrases: "costa rica") look at more than one
 * word.
 *
 * <p>Parameter {@code dicts}: comma-separated names of dictionary artifacts of the model, each
 * {@code name.dict}; the feature is the name without {@code .dict}.
 */
public final class NameWordFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  /** Called by OpenNLP when it reads the feature configuration. */
  public NameWordFeatureGeneratorFactory() {}

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> m = new HashMap<>();
    for (String d : dictionaries()) {
      m.put(d, new DictionarySerializer());
    }
    return m;
  }

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    List<String> names = dictionaries();
    List<String> labels = new ArrayList<>();
    Map<String, Integer> words = new HashMap<>();
    Set<String> phrases = new HashSet<>();
    Set<String> phraseStarts = new HashSet<>();
    for (int k = 0; k < names.size(); k++) {
      Object d = resourceManager == null ? null : resourceManager.getResource(names.get(k));
      if (!(d instanceof Dictionary dict)) {
        throw new InvalidFormatException("the name model has no dictionary " + names.get(k));
      }
      labels.add(names.get(k).replace(".dict", ""));
      int bit = 1 << k;
      for (StringList entry : dict) {
        if (entry.size() == 1) {
          words.merge(entry.getToken(0).toLowerCase(Locale.ROOT), bit, (x, y) -> x | y);
        } else {
          String p = String.join(" ", entry).toLowerCase(Locale.ROOT);
          phrases.add(p + "\u0000" + k);
          phraseStarts.add(entry.getToken(0).toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Generator(new FoldedWords(words), phrases, phraseStarts, labels);
  }

  private List<String> dictionaries() throws InvalidFormatException {
    List<String> out = new ArrayList<>();
    for (String d : getStr("dicts").split(",")) {
      if (!d.isBlank()) {
        out.add(d.strip());
      }
    }
    return out;
  }

  /** Features of one sentence are computed once, on the first token asked for. */
  static final class Generator implements AdaptiveFeatureGenerator {
    private static final int MAX_PHRASE = 4;
    private final FoldedWords words;
    private final Set<String> phrases;
    private final Set<String> phraseStarts;
    /** Feature names by offset (-1, 0, 1) and dictionary: no string is built per token. */
    private final String[][] features;
    private final int dictionaries;
    private String[] sentence;
    private int[] bits = new int[16];

    Generator(FoldedWords words, Set<String> phrases, Set<String> phraseStarts, List<String> labels) {
      this.words = words;
      this.phrases = phrases;
      this.phraseStarts = phraseStarts;
      this.dictionaries = labels.size();
      this.features = new String[3][dictionaries];
      for (int o = 0; o < 3; o++) {
        for (int k = 0; k < dictionaries; k++) {
          features[o][k] = "d" + (o - 1) + "=" + labels.get(k);
        }
      }
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        read(tokens);
      }
      for (int o = -1; o <= 1; o++) {
        int t = index + o;
        if (t < 0 || t >= tokens.length) {
          continue;
        }
        int b = bits[t];
        for (int k = 0; b != 0 && k < dictionaries; k++, b >>>= 1) {
          if ((b & 1) != 0) {
            out.add(features[o + 1][k]);
          }
        }
      }
    }

    private void read(String[] tokens) {
      sentence = tokens;
      if (bits.length < tokens.length) {
        bits = new int[Math.max(tokens.length, bits.length * 2)];
      }
      for (int i = 0; i < tokens.length; i++) {
        bits[i] = words.bits(tokens[i], 0, tokens[i].length());
      }
      if (phrases.isEmpty()) {
        return;
      }
      for (int i = 0; i < tokens.length; i++) {
        if (!phraseStarts.contains(tokens[i].toLowerCase(Locale.ROOT))) {
          continue;
        }
        StringBuilder p = new StringBuilder(tokens[i].toLowerCase(Locale.ROOT));
        for (int j = i + 1; j < tokens.length && j < i + MAX_PHRASE; j++) {
          p.append(' ').append(tokens[j].toLowerCase(Locale.ROOT));
          for (int k = 0; k < dictionaries; k++) {
            if (phrases.contains(p + "\u0000" + k)) {
              for (int m = i; m <= j; m++) {
                bits[m] |= 1 << k;
              }
            }
          }
        }
      }
    }
  }
}
