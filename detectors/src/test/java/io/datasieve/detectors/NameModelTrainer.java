package io.datasieve.detectors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the built-in person-name model ({@value PersonNameModel#RESOURCE}) from the generated
 * corpus of {@link NameTrainingCorpus}, byte for byte the same on every run: a fixed seed, one
 * training thread, and the zip's times and the manifest's timestamp fixed.
 *
 * <p>Run {@code mvn -B -o test -pl detectors -Dtest=PersonNameModelTest -Ddatasieve.updateNameModel=true}
 * after changing the corpus, the templates or the features; {@code PersonNameModelTest} checks
 * that the committed model is what this class makes.
 */
final class NameModelTrainer {
  static final long SEED = 20261202L;
  static final int TEXTS = 60_000;
  /** Names sampled from each locale for the dictionaries. */
  static final int NAMES_PER_LOCALE = 4_000;
  /**
   * Features seen fewer times are dropped: 10 keeps the model at 1.5 MB (cutoff 2 made 4.5 MB for
   * PERSON_NAME 0.872 / 0.856 on the development corpus against 0.886 / 0.838 now).
   */
  static final int CUTOFF = 10;
  /** Places sampled from each locale for the place dictionary. */
  static final int PLACES_PER_LOCALE = 1_500;
  /** 2026-01-01T00:00:00Z, the time written for every zip entry. */
  private static final long ENTRY_TIME = 1767225600000L;

  private NameModelTrainer() {}

  /** The model's bytes. */
  static byte[] train() throws IOException {
    PersonNameModel.allowFeatureGenerators();
    Set<String>[] names = NameTrainingCorpus.localeNames(SEED, NAMES_PER_LOCALE);
    Set<String> first = new TreeSet<>(names[0]);
    first.addAll(resourceWords("names/first-names-en.txt"));
    Set<String> last = new TreeSet<>(names[1]);
    last.addAll(resourceWords("names/surnames-en.txt"));
    Set<String> common = resourceWords("names/common-words-en.txt");
    Set<String> known = new TreeSet<>(first);
    known.addAll(last);

    Map<String, Object> resources = new HashMap<>();
    resources.put("first.dict", dictionary(first));
    resources.put("last.dict", dictionary(last));
    resources.put("common.dict", dictionary(common));
    resources.put("lexicon.dict", dictionary(lexicon()));
    resources.put("place.dict", phrases(NameTrainingCorpus.places(SEED, PLACES_PER_LOCALE)));
    byte[] features;
    try (InputStream in = NameModelTrainer.class.getResourceAsStream("names/features.xml")) {
      features = in.readAllBytes();
    }
    List<NameSample> samples = new NameTrainingCorpus(SEED, known).samples(TEXTS);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, new BioCodec());
    TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    return normalise(out.toByteArray());
  }

  /**
   * English words that are mostly not proper nouns: the word features of the Apache OpenNLP
   * English POS model (UD English-EWT) whose strongest tag is not PROPN. Lets the model tell a
   * lower-case word it never saw in training from a lower-case name.
   */
  static Set<String> lexicon() throws IOException {
    POSModel pos;
    try (InputStream in = POSModel.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      pos = new POSModel(in);
    }
    Object[] data = ((AbstractModel) pos.getArtifact("pos.model")).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      if (!e.getKey().startsWith("w=")) {
        continue;
      }
      Context c = e.getValue();
      int best = -1;
      for (int i = 0; i < c.getOutcomes().length; i++) {
        if (best < 0 || c.getParameters()[i] > c.getParameters()[best]) {
          best = i;
        }
      }
      String word = e.getKey().substring(2).toLowerCase(Locale.ROOT);
      if (best >= 0 && !outcomes[c.getOutcomes()[best]].startsWith("PROPN") && word.chars().allMatch(Character::isLetter)) {
        out.add(word);
      }
    }
    return out;
  }

  /** A dictionary of phrases ("costa rica"), each split into the model's tokens. */
  private static Dictionary phrases(Set<String> phrases) {
    Dictionary d = new Dictionary(false);
    for (String p : new TreeSet<>(phrases)) {
      NameTokens t = NameTokens.of(p);
      String[] words = new String[t.tokenCount()];
      for (int i = 0; i < words.length; i++) {
        words[i] = p.substring(t.start(i), t.end(i));
      }
      if (words.length > 0) {
        d.put(new StringList(words));
      }
    }
    return d;
  }

  private static Dictionary dictionary(Set<String> words) {
    Dictionary d = new Dictionary(false);
    for (String w : new TreeSet<>(words)) {
      d.put(new StringList(w));
    }
    return d;
  }

  private static Set<String> resourceWords(String resource) throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream in = NameGazetteer.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** The same zip with fixed entry times, and the manifest without its training time and date comment. */
  static byte[] normalise(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          StringBuilder m = new StringBuilder();
          for (String line : new String(data, StandardCharsets.ISO_8859_1).split("\n")) {
            if (!line.startsWith("#") && !line.startsWith("Timestamp=")) {
              m.append(line).append('\n');
            }
          }
          data = m.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        ZipEntry n = new ZipEntry(e.getName());
        n.setTime(ENTRY_TIME);
        z.putNextEntry(n);
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Writes the model to the path given, or to the detectors module's resources. */
  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : Path.of("src/main/resources/io/datasieve/detectors/" + PersonNameModel.RESOURCE);
    long t0 = System.nanoTime();
    byte[] model = train();
    Files.write(target, model);
    System.out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", target, model.length, (System.nanoTime() - t0) / 1e9);
  }
}
