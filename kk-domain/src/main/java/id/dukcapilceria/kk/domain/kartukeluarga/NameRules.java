package id.dukcapilceria.kk.domain.kartukeluarga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Permendagri 73/2022 asks of a name beyond what makes it a name at all ({@link NamaLengkap}),
 * as warnings for the reviewer (docs/domain.md §1.3):
 *
 * <ul>
 *   <li>titles: academic, customary and religious titles may stand on the KK, abbreviated (Pasal
 *       5(1)c); those on the lists, before the name or after it (after a comma or not), are told
 *       apart from the name and draw no warning;
 *   <li>the name itself: at least two words (Pasal 4) and no punctuation (Pasal 5(3)b); an initial,
 *       one letter and a full stop ({@code M. NATSIR}), is an abbreviation that is not read two
 *       ways (5(3)a) and is not warned about;
 *   <li>words a name should not carry for their meaning (Pasal 4: no negative meaning): a list the
 *       Disdukcapil keeps; a name holding one is warned about, never refused.
 * </ul>
 *
 * <p>The lists ship as resources ({@code name-titles.txt}, {@code name-watched-words.txt}) and a
 * deployment adds to them ({@link #with}).
 */
public final class NameRules {

  private static final NameRules STANDARD = new NameRules(
      titles("before"), titles("after"), words(read("name-watched-words.txt")));

  private final Set<String> before;
  private final Set<String> after;
  private final Set<String> watched;

  private NameRules(Set<String> before, Set<String> after, Set<String> watched) {
    this.before = Set.copyOf(before);
    this.after = Set.copyOf(after);
    this.watched = Set.copyOf(watched);
  }

  /** The lists shipped with this library. */
  public static NameRules standard() {
    return STANDARD;
  }

  /** These rules with more titles before and after names, and more watched words. */
  public NameRules with(Collection<String> titlesBefore, Collection<String> titlesAfter, Collection<String> watchedWords) {
    Set<String> moreBefore = new HashSet<>(before);
    moreBefore.addAll(titleKeys(titlesBefore));
    Set<String> moreAfter = new HashSet<>(after);
    moreAfter.addAll(titleKeys(titlesAfter));
    Set<String> moreWatched = new HashSet<>(watched);
    moreWatched.addAll(words(watchedWords));
    return new NameRules(moreBefore, moreAfter, moreWatched);
  }

  /**
   * A name taken apart: the titles before it, the name itself, the titles after it.
   *
   * @param name the name itself; never empty (a "name" of titles only is all name)
   */
  public record Parts(List<String> before, String name, List<String> after) {}

  /** {@code name} taken apart into its titles and the name itself. */
  public Parts parts(NamaLengkap name) {
    String text = name.value();
    List<String> titlesAfter = new ArrayList<>();
    String rest = text;
    int comma = text.indexOf(',');
    if (comma > 0) {
      List<String> items = Arrays.stream(text.substring(comma + 1).split("[, ]+")).filter(s -> !s.isBlank()).toList();
      if (!items.isEmpty() && items.stream().allMatch(t -> after.contains(key(t)))) {
        titlesAfter.addAll(items);
        rest = text.substring(0, comma).strip();
      }
    }
    List<String> tokens = new ArrayList<>(Arrays.asList(rest.split(" ")));
    if (titlesAfter.isEmpty()) {
      // titles after the name without a comma: only tokens that are written as abbreviations
      while (tokens.size() > 1 && tokens.get(tokens.size() - 1).contains(".")
          && after.contains(key(tokens.get(tokens.size() - 1)))) {
        titlesAfter.add(0, tokens.remove(tokens.size() - 1));
      }
    }
    List<String> titlesBefore = new ArrayList<>();
    while (tokens.size() > 1 && before.contains(key(tokens.get(0)))) {
      titlesBefore.add(tokens.remove(0));
    }
    return new Parts(List.copyOf(titlesBefore), String.join(" ", tokens), List.copyOf(titlesAfter));
  }

  /** A warning about a name: its message code, and the word it is about if any. */
  public record Warning(String code, String word) {}

  /** What the reviewer should look at in {@code name}; empty for a name as the regulation asks. */
  public List<Warning> warnings(NamaLengkap name) {
    String own = parts(name).name();
    List<String> words = Arrays.asList(own.split(" "));
    List<Warning> warnings = new ArrayList<>();
    if (words.size() < 2) {
      warnings.add(new Warning("nama.singleWord", null));
    }
    boolean punctuation = words.stream()
        .filter(w -> !isInitial(w))
        .anyMatch(w -> w.chars().anyMatch(c -> NamaLengkap.PUNCTUATION.indexOf(c) >= 0));
    if (punctuation) {
      warnings.add(new Warning("nama.punctuation", null));
    }
    for (String word : words) {
      String bare = word.replaceAll("[^A-Z]", "");
      if (watched.contains(bare)) {
        warnings.add(new Warning("nama.watchedWord", bare));
      }
    }
    return List.copyOf(warnings);
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isLetter(word.charAt(0)) && word.charAt(1) == '.';
  }

  /** A title as compared: capitals, without a final full stop. */
  private static String key(String title) {
    String upper = title.strip().toUpperCase(Locale.ROOT);
    return upper.endsWith(".") ? upper.substring(0, upper.length() - 1) : upper;
  }

  private static Set<String> titleKeys(Collection<String> titles) {
    Set<String> keys = new HashSet<>();
    for (String title : titles) {
      if (!title.isBlank()) {
        keys.add(key(title));
      }
    }
    return keys;
  }

  private static Set<String> words(Collection<String> words) {
    Set<String> upper = new HashSet<>();
    for (String word : words) {
      if (!word.isBlank()) {
        upper.add(word.strip().toUpperCase(Locale.ROOT));
      }
    }
    return upper;
  }

  private static Set<String> titles(String side) {
    List<String> titles = new ArrayList<>();
    for (String line : read("name-titles.txt")) {
      String[] fields = line.split("\\s+", 2);
      if (fields.length == 2 && fields[0].equals(side)) {
        titles.add(fields[1]);
      }
    }
    return titleKeys(titles);
  }

  /** The resource's lines without comments and blank lines. */
  private static List<String> read(String resource) {
    try (InputStream in = NameRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
