package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.signature.authority.Authorisation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code {"passphrase": "…"}} (or {@code {"totp": "…"}}, BeSign's one-time code where the
 * signing authority takes one) straight into a {@code char[]}. A JSON library would make the
 * passphrase a {@code String}, which cannot be wiped and may linger in memory; here every buffer
 * that held it is overwritten, and the caller wipes the returned array after signing. Only this
 * one member is accepted.
 */
final class PassphraseBody {

  private final char[] text;
  private int at;
  /** The passphrase read so far, wiped if the body turns out to be wrong after it. */
  private char[] passphrase;

  private PassphraseBody(char[] text) {
    this.text = text;
  }

  /** What the body authorises with: the passphrase, or BeSign's one-time code ({@code "totp"}). */
  record Secret(Authorisation.Kind kind, char[] value) {}

  private Authorisation.Kind kind;

  /**
   * As {@link #read(byte[])}, refusing a one-time code where the signing authority takes none
   * (the code is wiped first).
   */
  static Secret read(byte[] body, boolean oneTimeCodesAccepted) {
    Secret secret = read(body);
    if (secret.kind() == Authorisation.Kind.ONE_TIME_CODE && !oneTimeCodesAccepted) {
      Arrays.fill(secret.value(), '\0');
      throw ApiProblem.badField("totp", "field.notAccepted", "api.field.codeNotAccepted");
    }
    return secret;
  }

  /** The passphrase or one-time code; {@code body} is wiped. */
  static Secret read(byte[] body) {
    char[] text = decode(body);
    Arrays.fill(body, (byte) 0);
    PassphraseBody parser = new PassphraseBody(text);
    try {
      char[] value = parser.object();
      return new Secret(parser.kind, value);
    } catch (RuntimeException e) {
      wipe(parser.passphrase);
      throw e;
    } finally {
      Arrays.fill(text, '\0');
    }
  }

  private char[] object() {
    space();
    if (at >= text.length) {
      throw new ApiProblem(400, "api.problem.bodyRequired", List.of());
    }
    expect('{');
    space();
    if (peek() != '}') {
      while (true) {
        space();
        char[] name = string();
        boolean passphraseMember = Arrays.equals(name, "passphrase".toCharArray());
        boolean codeMember = Arrays.equals(name, "totp".toCharArray());
        boolean known = passphraseMember || codeMember;
        space();
        expect(':');
        space();
        if (!known) {
          throw ApiProblem.badField(new String(name), "field.unknown", "api.field.unknown");
        }
        if (peek() != '"') {
          if ("-0123456789tfn{[".indexOf(peek()) >= 0) {
            throw ApiProblem.badField("passphrase", "type.string", "api.field.string");
          }
          throw malformed();
        }
        Authorisation.Kind member = passphraseMember ? Authorisation.Kind.PASSPHRASE : Authorisation.Kind.ONE_TIME_CODE;
        if (passphrase != null && kind != member) {
          throw ApiProblem.badField("totp", "field.conflict", "api.field.passphraseOrCode");
        }
        if (passphrase != null) {
          Arrays.fill(passphrase, '\0');
        }
        kind = member;
        passphrase = string();
        space();
        if (peek() == ',') {
          at++;
          continue;
        }
        break;
      }
    }
    expect('}');
    space();
    if (at != text.length) {
      wipe(passphrase);
      throw malformed();
    }
    if (passphrase == null || passphrase.length == 0) {
      throw new ApiProblem(422, "api.problem.invalidValue",
          List.of(FieldError.of(kind == Authorisation.Kind.ONE_TIME_CODE ? "totp" : "passphrase", "value.required",
              "api.field.required")));
    }
    return passphrase;
  }

  private char[] string() {
    expect('"');
    char[] out = new char[text.length];
    int n = 0;
    try {
      while (true) {
        if (at >= text.length) {
          throw malformed();
        }
        char c = text[at++];
        if (c == '"') {
          return Arrays.copyOf(out, n);
        }
        if (c < 0x20) {
          throw malformed();
        }
        if (c == '\\') {
          if (at >= text.length) {
            throw malformed();
          }
          char e = text[at++];
          c = switch (e) {
            case '"', '\\', '/' -> e;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw malformed();
          };
        }
        out[n++] = c;
      }
    } finally {
      Arrays.fill(out, '\0');
    }
  }

  private char unicode() {
    if (at + 4 > text.length) {
      throw malformed();
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text[at++], 16);
      if (digit < 0) {
        throw malformed();
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  private char peek() {
    if (at >= text.length) {
      throw malformed();
    }
    return text[at];
  }

  private void expect(char wanted) {
    if (peek() != wanted) {
      throw malformed();
    }
    at++;
  }

  private void space() {
    while (at < text.length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) {
      at++;
    }
  }

  private static void wipe(char[] chars) {
    if (chars != null) {
      Arrays.fill(chars, '\0');
    }
  }

  private static ApiProblem malformed() {
    return new ApiProblem(400, "api.problem.malformedJson",
        List.of(FieldError.of("", "json.malformed", "api.field.malformedJson", -1, -1)));
  }

  private static char[] decode(byte[] body) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      char[] result = Arrays.copyOf(chars.array(), chars.limit());
      Arrays.fill(chars.array(), '\0');
      return result;
    } catch (CharacterCodingException e) {
      throw malformed();
    }
  }
}
