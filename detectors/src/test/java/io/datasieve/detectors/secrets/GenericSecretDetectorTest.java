package io.datasieve.detectors.secrets;

import io.datasieve.detectors.rules.RuleDetector;
import io.datasieve.detectors.rules.Rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.datasieve.DatasetResource;
import io.datasieve.spi.FieldPath;
import io.datasieve.spi.FieldValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericSecretDetectorTest {
  private final GenericSecretDetector detector = new GenericSecretDetector();

  private List<String> found(String text) {
    DatasetResource resource = DatasetResource.builder(URI.create("memory:test")).content(() -> null).build();
    FieldPath path = FieldPath.of("text");
    List<String> out = new ArrayList<>();
    detector.detect(new FieldValue() {
      @Override public DatasetResource resource() { return resource; }
      @Override public long record() { return 0; }
      @Override public FieldPath field() { return path; }
      @Override public String text() { return text; }
    }, (type, start, end, confidence, explanation) -> out.add(text.substring(start, end)));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "api_key = \"A63zRxEh1xgDXZ7i11uq9dFTm2QywaRy\"",
      "client_secret: G7S51FyzMXp8mvPArIwxJjtW48iQELiLrhhWw8oE",
      "\"auth_token\": \"wEtxBY41Ji8Yb4FGlS9rd516mLC5\"",
      "AUTH_TOKEN=Zk3pQ9vL2mX8rT4wY7bN1cD6",
      "const stripeSecretKey = 'q8Xv2LmN4pR7tY1wZ5bC9dF3';",
      "export const apiKey: string = \"Yh7Kq2Lm9Np4Rs6Tv8Wx1Zb3\";",
      "client_secret:   r7Tg2Kp9Lm4Nq8Wx3Zb6Yc1D",
  })
  void secretLikeNamesWithRandomValues(String text) {
    assertEquals(1, found(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "monkey = banana_banana_banana",
      "public_key = \"ssh-rsa TH3qYraprbNp+KiNcPQe6vhmj7H1Y0KNK/p2J5iQ\"",
      "api_key = \"<YOUR_API_KEY>\"",
      "token = ${TOKEN}",
      "secret = 550e8400-e29b-41d4-a716-446655440000",
      "token: 9fceb02d0ae598e95dc970b74767f19372d61af8",
      "\"integrity\": \"sha512-FMRKETNKlyCe7IIvhCmIPazeqLKMrjFwlEafz+K1\"",
      "secret_key = \"xxxxxxxxxxxxxxxxxxxxxxxx\"",
      "api_key = os.environ['API_KEY']",
      "ctrl+shift+key = open_palette_command",
      "token = data:image/png;base64,RWnEV1355Zx2vb5wBIj0fecRPdnTZ+Hnz3gc2jCB",
      "sha256 = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
      "page_token = Zk3pQ9vL2mX8rT4wY7bN1cD6",
      "token_url = https://auth.example.com/oauth2/token",
      "tokenizer = BertTokenizerFastVersion2",
      "the secret to good bread is patience and time",
      "key = event['key']",
      "api_key = settings.API_KEY_FROM_ENVIRONMENT",
      "csrf_token: Zk3pQ9vL2mX8rT4wY7bN1cD6",
      "secret = 'aaaaaaaaaaaaaaaaaaaaaaaa'",
  })
  void notSecrets(String text) {
    assertEquals(List.of(), found(text), text);
  }
}
