package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON request body field by field, so that a value of the wrong type is answered with
 * the path of that field ({@code members[1].tanggalLahir}) instead of a generic parse error. Only
 * the shape is checked here (object, string, number, boolean, date); whether a value is
 * acceptable is for the domain's value objects to say.
 */
public final class JsonInput {

  private final JsonObject object;
  private final String path;

  private JsonInput(JsonObject object, String path) {
    this.object = object;
    this.path = path;
  }

  /**
   * The body as a JSON object; an empty body, or JSON's {@code null}, reads as an empty object when
   * {@code emptyAllowed}.
   */
  public static JsonInput parse(byte[] body, boolean emptyAllowed) {
    if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      if (emptyAllowed) {
        return new JsonInput(JsonValue.EMPTY_JSON_OBJECT, "");
      }
      throw new ApiProblem(400, "api.problem.bodyRequired", List.of());
    }
    if (nestedDeeperThan(body, MAX_DEPTH)) {
      throw new ApiProblem(400, "api.problem.malformedJson",
          List.of(FieldError.of("", "json.tooDeep", "api.field.tooDeep", MAX_DEPTH)));
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      var location = e.getLocation();
      throw new ApiProblem(400, "api.problem.malformedJson", List.of(FieldError.of("", "json.malformed",
          "api.field.malformedJson", location == null ? -1 : location.getLineNumber(),
          location == null ? -1 : location.getColumnNumber())));
    } catch (JsonException e) {
      throw new ApiProblem(400, "api.problem.malformedJson",
          List.of(FieldError.of("", "json.malformed", "api.field.malformedJson", -1, -1)));
    }
    if (emptyAllowed && value.getValueType() == JsonValue.ValueType.NULL) {
      // a client that has nothing to send for a step without a body may send JSON's null
      return new JsonInput(JsonValue.EMPTY_JSON_OBJECT, "");
    }
    if (!(value instanceof JsonObject root)) {
      throw ApiProblem.badField("", "type.object", "api.field.object");
    }
    return new JsonInput(root, "");
  }

  /**
   * How deep objects and arrays may nest: the deepest shape this API reads is four levels (the
   * body, its members or documents, one member, a value). The parser recurses for each level, so a
   * body nested a hundred thousand deep would exhaust its thread's stack; it is refused before.
   */
  static final int MAX_DEPTH = 16;

  /** Whether brackets outside strings nest deeper than {@code max}; counted over the raw bytes (UTF-8). */
  static boolean nestedDeeperThan(byte[] body, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++; // the escaped character cannot end the string
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > max) {
          return true;
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return false;
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private Optional<JsonValue> value(String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(value);
  }

  public boolean has(String name) {
    return value(name).isPresent();
  }

  /** A string, or null when absent. */
  public String string(String name) {
    return value(name).map(v -> {
      if (v instanceof JsonString text) {
        return text.getString();
      }
      throw ApiProblem.badField(at(name), "type.string", "api.field.string");
    }).orElse(null);
  }

  public boolean bool(String name, boolean absent) {
    return value(name).map(v -> switch (v.getValueType()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw ApiProblem.badField(at(name), "type.boolean", "api.field.boolean");
    }).orElse(absent);
  }

  /** A whole number, not negative (a size, a count), or null when absent. */
  public Long count(String name) {
    return value(name).map(v -> {
      if (v instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0) {
        return number.longValueExact();
      }
      throw ApiProblem.badField(at(name), "type.count", "api.field.count");
    }).orElse(null);
  }

  /** A date as {@code yyyy-MM-dd}, or null when absent. */
  public LocalDate date(String name) {
    String text = string(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badField(at(name), "type.date", "api.field.date");
    }
  }

  /** An instant as ISO-8601 ({@code 2026-01-31T08:00:00Z}), or null when absent. */
  public Instant instant(String name) {
    String text = string(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badField(at(name), "type.instant", "api.field.instant");
    }
  }

  /**
   * A value of a list of this system's own (a service type, a document type, a category), by its
   * enum name; null when absent. An unknown name is a refusal of the value (422), a value of
   * another JSON type a malformed request (400). Official code lists are read with {@link
   * #officialCode}.
   */
  public <E extends Enum<E>> E code(String name, Class<E> type) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return null;
    }
    if (value.get() instanceof JsonString text) {
      String wanted = text.getString().strip();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(wanted)) {
          return constant;
        }
      }
      throw unknownCode(name, type, wanted);
    }
    throw ApiProblem.badField(at(name), "type.code", "api.field.code");
  }

  /**
   * What was given for a value of an official code list, as written, for the domain to read
   * ({@code CodeReading}); null when absent. Three shapes: a name or printed label ({@code
   * "KAWIN_TERCATAT"}), a number, which is SIAK's ({@code 1}), or a number of a named code system
   * ({@code {"system": "F-1.01", "code": 3}}). Anything else is a malformed request (400).
   */
  public CodeInput officialCode(String name) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return null;
    }
    if (value.get() instanceof JsonString text) {
      return CodeInput.named(text.getString());
    }
    if (value.get() instanceof JsonNumber number && number.isIntegral()) {
      return CodeInput.numbered(CodeReading.CodeSystem.SIAK, number.intValue());
    }
    if (value.get() instanceof JsonObject named && named.size() == 2
        && named.get("system") instanceof JsonString system && named.get("code") instanceof JsonNumber code
        && code.isIntegral()) {
      return CodeReading.CodeSystem.named(system.getString())
          .map(known -> CodeInput.numbered(known, code.intValue()))
          .orElseThrow(() -> ApiProblem.badField(at(name) + ".system", "code.system", "api.field.codeSystem",
              system.getString()));
    }
    throw ApiProblem.badField(at(name), "type.code", "api.field.code");
  }

  private <E extends Enum<E>> ApiProblem unknownCode(String name, Class<E> type, String given) {
    String known = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(java.util.stream.Collectors.joining(", "));
    return new ApiProblem(422, "api.problem.invalidValue",
        List.of(FieldError.of(at(name), "code.unknown", "api.field.unknownCode", given, known)));
  }

  /** A nested object, or null when absent. */
  public JsonInput object(String name) {
    return value(name).map(v -> {
      if (v instanceof JsonObject nested) {
        return new JsonInput(nested, at(name));
      }
      throw ApiProblem.badField(at(name), "type.object", "api.field.object");
    }).orElse(null);
  }

  /** The objects of an array, each read with its index in the path; empty when absent. */
  public List<JsonInput> objects(String name) {
    Optional<JsonValue> value = value(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof JsonArray array)) {
      throw ApiProblem.badField(at(name), "type.array", "api.field.array");
    }
    java.util.ArrayList<JsonInput> items = new java.util.ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String itemPath = at(name) + "[" + i + "]";
      if (!(array.get(i) instanceof JsonObject item)) {
        throw ApiProblem.badField(itemPath, "type.object", "api.field.object");
      }
      items.add(new JsonInput(item, itemPath));
    }
    return items;
  }

  /** The path of a field of this object, for error messages. */
  public String pathOf(String name) {
    return at(name);
  }
}
