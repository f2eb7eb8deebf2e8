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
  private final PersonNameDetector detector = new PersonNameDetector(true);

  @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> \"{2}\"")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      # name-like fields: the whole value
      Jane Doe                                           ~ full_name        ~ Jane Doe
      Okafor                                             ~ last_name        ~ Okafor
      Zorblat Quixwell                                   ~ customer_name    ~ Zorblat Quixwell
      Maria                                              ~ $.customer.name  ~ Maria
      Maria                                              ~ $.customer.name.first ~ Maria
      Okonkwo-Baptiste                                   ~ $.holder.name.last ~ Okonkwo-Baptiste
      Maria                                              ~ $.page.first     ~ ``
      Morgan Stanley                                     ~ account_name     ~ ``
      Jane Doe                                           ~ account_holder_name ~ Jane Doe
      Jane Doe                                           ~ vendor_contact_name ~ Jane Doe
      # free text: honorifics and cues
      Please ask Dr. Elena Petrov about it               ~ notes            ~ Dr. Elena Petrov
      Dear Mr Haddad, thanks for writing                 ~ notes            ~ Mr Haddad
      Dear Anna, your order has shipped                  ~ notes            ~ Anna
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
      # the model: names by their context, in lists, dialogue, lower-case chat, from many cultures
      Jordan called about the refund                     ~ notes            ~ Jordan
      They invited Anneli, Tomasz, Keiko and Chidi.      ~ notes            ~ Anneli | Tomasz | Keiko | Chidi
      Sara: are you coming tonight?                      ~ notes            ~ Sara
      my name is marie and i need a refund               ~ notes            ~ marie
      Johanna Björklund shouted at Takahito              ~ notes            ~ Johanna Björklund | Takahito
      # the model's negatives: places, streets, firms, tokens
      I flew to Jordan last week                         ~ notes            ~ ``
      I'm originally from Costa Rica                     ~ notes            ~ ``
      Please ship it to 12 Rue Victor Hugo, Lyon         ~ notes            ~ ``
      We met at the Warszawa Country Club                ~ notes            ~ ``
      fly_token: fm2_8YMiQdA5S4oUWtkQ2cav70xHSmU4bZt     ~ notes            ~ ``
      the invoice was paid twice and we want it back     ~ notes            ~ ``
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
    var hits = DetectorHarness.run(detector, "notes", "Fatima");
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).confidence() < TableAssert.DEFAULT_MIN);
    // In a sentence, the model reads the context: "X phoned" is a person.
    hits = DetectorHarness.run(detector, "notes", "Fatima phoned about the refund");
    assertEquals(1, hits.size(), hits.toString());
    assertTrue(hits.get(0).confidence() >= TableAssert.DEFAULT_MIN, hits.toString());
    assertTrue(hits.get(0).explanation().contains("name model"), hits.toString());
  }

  @Test
  void placesInAnAddressBlockAreNoNames() {
    TableAssert.reports(detector, "notes", "Ship to:\nAnneli Virtanen\n12 Koivukuja 4\nApt. 4\nSavonlinna\nFinland 57100",
        "Anneli Virtanen");
  }

  @Test
  void rulesAloneMissWhatTheModelFinds() {
    String text = "Status: Odrin Brimley arrived today.";
    assertEquals(List.of(), DetectorHarness.run(new PersonNameDetector(), "notes", text).stream()
        .filter(h -> h.confidence() >= 0.5).toList(), "unknown names without cues are beyond the rules");
    var hits = DetectorHarness.run(detector, "notes", text);
    assertEquals(List.of("Odrin Brimley"), hits.stream().map(DetectorHarness.Hit::text).toList());
  }

  /** A model the test trains itself: it learns "X Y arrived" and finds names the rules cannot. */
  @Test
  void pluggedNameFinderModelRunsBesideTheBuiltInOne(@TempDir Path dir) throws IOException {
    String[] firsts = {"Zorblat", "Quenby", "Ilvar", "Tesmo", "Ruxana", "Pelko", "Marvek", "Odrin", "Sefa", "Vantu"};
    String[] lasts = {"Quixwell", "Darnoth", "Pemberfold", "Ruskovar", "Telliman", "Vosk", "Harrigold", "Brimley"};
    Random random = new Random(11);
    List<NameSample> samples = new ArrayList<>();
    String[] templates = {"<START:person> %s %s <END> arrived today .", "<START:person> %s %s <END> arrived today .", "We thanked <START:person> %s %s <END> for the report .",
      "The visit by <START:person> %s %s <END> went well .", "Nothing happened today .", "The report arrived late ."};
    for (int k = 0; k < 400; k++) {
      String t = templates[random.nextInt(templates.length)];
      String first = firsts[random.nextInt(firsts.length)];
      String last = lasts[random.nextInt(lasts.length)];
      if (random.nextBoolean()) {
        first = first.toLowerCase(java.util.Locale.ROOT);
        last = last.toLowerCase(java.util.Locale.ROOT);
      }
      String line = t.contains("%s") ? String.format(t, first, last) : t;
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
    // A sentence the built-in model leaves alone ("Zorblat" has no cue and no known name), the plugged one knows.
    String text = "zorblat quixwell arrived today.";
    assertEquals(List.of(), DetectorHarness.run(detector, "notes", text).stream().filter(h -> h.confidence() >= 0.5).toList());
    var hits = DetectorHarness.run(new PersonNameDetector(file, true), "notes", text);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("zorblat quixwell", hits.get(0).text());
    assertEquals("custom name finder model", hits.get(0).explanation());
  }

  @Test
  void badModelFileFailsAtConstructionNamingIt(@TempDir Path dir) throws IOException {
    Path bogus = Files.writeString(dir.resolve("bogus.bin"), "not a model");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new PersonNameDetector(bogus));
    assertTrue(e.getMessage().contains("bogus.bin"), e.getMessage());
  }
}
