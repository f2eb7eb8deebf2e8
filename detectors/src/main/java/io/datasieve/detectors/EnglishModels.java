package io.datasieve.detectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (UD English-EWT, from Maven Central), loaded lazily and once
 * each: a scan that never meets a name candidate never pays the ~0.75 s. Models are thread-safe;
 * the ME wrappers are not, so each thread gets its own.
 */
final class EnglishModels {
  private EnglishModels() {}

  private static final class Tokenizer {
    static final TokenizerModel MODEL = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final ThreadLocal<TokenizerME> ME = ThreadLocal.withInitial(() -> new TokenizerME(MODEL));
  }

  private static final class Tagger {
    static final POSModel MODEL = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    static final ThreadLocal<POSTaggerME> ME = ThreadLocal.withInitial(() -> new POSTaggerME(MODEL, POSTagFormat.UD));
    /** The maxent model inside the POS model (its artifact "pos.model"): thread-safe. */
    static final MaxentModel MAXENT = (MaxentModel) MODEL.getArtifact("pos.model");
    /** The model's own feature generator; it keeps state, so one per thread. */
    static final ThreadLocal<POSContextGenerator> CONTEXT = ThreadLocal.withInitial(() -> MODEL.getFactory().getPOSContextGenerator());
  }

  private static final class Sentences {
    static final SentenceModel MODEL = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    static final ThreadLocal<SentenceDetectorME> ME = ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));
  }

  static TokenizerME tokenizer() {
    return Tokenizer.ME.get();
  }

  static POSTaggerME tagger() {
    return Tagger.ME.get();
  }

  /**
   * The POS model's most probable tag (as the model writes it) for word {@code index} of {@code
   * words}, given the tags chosen for the words before it: one step of greedy decoding, with the
   * tagger's own features and model and none of its beam search or sorting.
   */
  static String bestTag(String[] words, String[] priorTags, int index) {
    double[] probs = Tagger.MAXENT.eval(Tagger.CONTEXT.get().getContext(index, words, priorTags, null));
    return Tagger.MAXENT.getBestOutcome(probs);
  }

  static SentenceDetectorME sentences() {
    return Sentences.ME.get();
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path "
            + "(org.apache.opennlp:opennlp-models-*-en 1.3.0)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
