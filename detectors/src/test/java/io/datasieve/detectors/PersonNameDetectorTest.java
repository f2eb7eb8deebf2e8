package io.datasieve.detectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameDetectorTest {
  private final PersonNameDetector detector = new PersonNameDetector();

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # name-like fields: the whole value
      Jane Doe                                           ~ full_name        ~ Jane Doe
      Okafor                                             ~ last_name        ~ Okafor
      Zorblat Quixwell                                   ~ customer_name    ~ Zorblat Quixwell
      Maria                                              ~ $.customer.name  ~ Maria
      # free text: honorifics and cues
      Please ask Dr. Elena Petrov about it               ~ notes            ~ Elena Petrov
      Dear Mr Haddad, thanks for writing                 ~ notes            ~ Haddad
      Hi, my name is Priya Gupta and I need help         ~ notes            ~ Priya Gupta
      Kind regards, Lukas                                ~ notes            ~ Lukas
      my name is Will                                    ~ notes            ~ Will
      # free text: a known first name and another capitalised word, confirmed by the tagger
      Yesterday Grace Hopper gave a talk                 ~ notes            ~ Grace Hopper
      I met Wei Chen at the airport                      ~ notes            ~ Wei Chen
      Hi, I'm Amara and my order is late                 ~ notes            ~ Amara
      # negatives
      Will you send the invoice?                         ~ notes            ~ ``
      May I ask a question?                              ~ notes            ~ ``
      Bill me later for the order                        ~ notes            ~ ``
      PLEASE CALL ME BACK TODAY                          ~ notes            ~ ``
      The Apple iPhone and Microsoft Teams work fine     ~ notes            ~ ``
      See you in March or June                           ~ notes            ~ ``
      Jordan called about the refund                     ~ notes            ~ ``
      report.pdf                                         ~ file_name        ~ ``
      Acme Widget Pro                                    ~ $.product.name   ~ ``
      Customer Service Team                              ~ notes            ~ ``
      order 12345 shipped                                ~ full_name        ~ ``
      """)
  void table(String value, String field, String expected) {
    TableAssert.reports(detector, field, value, expected);
  }

  @Test
  void firstNameAloneIsWeakNotReportedByDefault() {
    var hits = DetectorHarness.run(detector, "notes", "Fatima phoned about the refund");
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).confidence() < TableAssert.DEFAULT_MIN);
  }

  /** A model the test trains itself: it learns "X Y arrived" and finds names the rules cannot. */
  @Test
  void pluggedNameFinderModelFindsWhatRulesCannot(@TempDir Path dir) throws IOException {
    String[] firsts = {"Zorblat", "Quenby", "Ilvar", "Tesmo", "Ruxana", "Pelko", "Marvek", "Odrin", "Sefa", "Vantu"};
    String[] lasts = {"Quixwell", "Darnoth", "Pemberfold", "Ruskovar", "Telliman", "Vosk", "Harrigold", "Brimley"};
    Random random = new Random(11);
    List<NameSample> samples = new ArrayList<>();
    String[] templates = {"<START:person> %s %s <END> arrived today .", "We thanked <START:person> %s %s <END> for the report .",
      "The visit by <START:person> %s %s <END> went well .", "Nothing happened today .", "The report arrived late ."};
    for (int k = 0; k < 400; k++) {
      String t = templates[random.nextInt(templates.length)];
      String line = t.contains("%s") ? String.format(t, firsts[random.nextInt(firsts.length)], lasts[random.nextInt(lasts.length)]) : t;
      samples.add(NameSample.parse(line, false));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 60);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel model = NameFinderME.train("en", "person", ObjectStreamUtils.createObjectStream(samples), params,
        new TokenNameFinderFactory());
    Path file = dir.resolve("en-ner-test-person.bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    String text = "Status: Odrin Brimley arrived today.";
    assertEquals(List.of(), DetectorHarness.run(detector, "notes", text).stream().filter(h -> h.confidence() >= 0.5).toList(),
        "unknown names without cues are beyond the rules");
    var hits = DetectorHarness.run(new PersonNameDetector(file), "notes", text);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("Odrin Brimley", hits.get(0).text());
    assertEquals("custom name finder model", hits.get(0).explanation());
  }

  @Test
  void badModelFileFailsAtConstructionNamingIt(@TempDir Path dir) throws IOException {
    Path bogus = Files.writeString(dir.resolve("bogus.bin"), "not a model");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new PersonNameDetector(bogus));
    assertTrue(e.getMessage().contains("bogus.bin"), e.getMessage());
  }
}
