package io.rollcall.identity.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Transliterator;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Display-name normalisation. A display name is chosen by the client, so it is only ever a hint:
 * names decide the weakest rung and the plausibility flags, never more.
 */
public final class Names {
  /**
   * Any script to plain Latin letters, by ICU's standard transforms (CLDR): Cyrillic by BGN/PCGN
   * (the romanisation English-speaking registrars use: "Сергей" → "Sergey"), every other script by
   * ICU's default romanisation (Greek UNGEGN, Han to pinyin, kana to Hepburn, …), then Latin
   * letters with strokes, ligatures and special forms to ASCII ("ø" → "o", "ł" → "l", "æ" → "ae",
   * "ß" → "ss") and every remaining accent dropped. Transliterators are stateless and may be shared
   * by threads (ICU4J's Transliterator documentation).
   */
  private static final Transliterator TO_LATIN_ASCII =
      Transliterator.getInstance(
          "Russian-Latin/BGN; Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC");

  /** Zoom's reports write a typed comma as {@code #} ("Ødegård# Bjørn"). */
  private static final char REPORT_COMMA = '#';

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

  /**
   * The computer names Windows makes up at setup, {@code DESKTOP-} or {@code LAPTOP-} and seven
   * random letters and digits (e.g. {@code DESKTOP-4F7K2Q1}, or {@code DESKTOP-PLPWL} with no digit
   * at all), which a signed-out client shows as the display name: nothing in them says who.
   */
  private static final Pattern WINDOWS_COMPUTER_NAME =
      Pattern.compile("(?i)\\s*(desktop|laptop)-[a-z0-9]{4,15}\\s*");

  /** Words that clients and operating systems put in default names; they say nothing about who. */
  private static final Set<String> DEVICE_WORDS =
      Set.of(
          "user",
          "guest",
          "zoom",
          "owner",
          "admin",
          "administrator",
          "desktop",
          "laptop",
          "pc",
          "mac",
          "macbook",
          "macbookpro",
          "macbookair",
          "imac",
          "iphone",
          "ipad",
          "android",
          "galaxy",
          "samsung",
          "pixel",
          "phone",
          "mobile",
          "windows",
          "win",
          "computer",
          "my",
          "s",
          "pro",
          "air",
          "mini",
          "max",
          "plus",
          "participant",
          "unknown",
          "host");

  private Names() {}

  /**
   * Case folded, written in plain Latin letters (see {@link #TO_LATIN_ASCII}), whitespace
   * collapsed, and {@code "Last, First"} (or Zoom's report form {@code "Last# First"}) turned into
   * {@code "First Last"}. Null or blank gives the empty string.
   */
  public static String normalise(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String folded = toLatinAscii(name.replace(REPORT_COMMA, ',')).toLowerCase(Locale.ROOT);
    int comma = folded.indexOf(',');
    if (comma >= 0 && comma == folded.lastIndexOf(',')) {
      folded = folded.substring(comma + 1) + " " + folded.substring(0, comma);
    }
    return SPACES.matcher(folded.trim()).replaceAll(" ");
  }

  /**
   * The words of a name that can tell people apart: device words and machine-like words (with
   * digits, such as {@code DESKTOP-7Q2LM}) are dropped.
   */
  public static Set<String> informativeTokens(String name) {
    return name == null ? Set.of() : INFORMATIVE_TOKENS.get(name);
  }

  /**
   * {@link #informativeTokens} by display name, bounded. Every event of a connection compares its
   * names again (name mismatch, uninformative display names), and a meeting has few distinct names:
   * JFR at 1,000 events/s across 100 meetings put 8.9% of identity-service's samples in computing
   * them (normalising and splitting with regular expressions).
   */
  private static final LoadingCache<String, Set<String>> INFORMATIVE_TOKENS =
      Caffeine.newBuilder().maximumSize(50_000).build(Names::computeInformativeTokens);

  private static Set<String> computeInformativeTokens(String name) {
    if (name == null || WINDOWS_COMPUTER_NAME.matcher(name).matches()) {
      return Set.of();
    }
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : TOKEN_SEPARATORS.split(normalise(name))) {
      if (!token.isEmpty()
          && !DEVICE_WORDS.contains(token)
          && !HAS_DIGIT.matcher(token).matches()) {
        tokens.add(token);
      }
    }
    return Collections.unmodifiableSet(tokens);
  }

  /** True when the name is a client default such as "user", "iPhone" or "DESKTOP-7Q2LM". */
  public static boolean uninformative(String name) {
    return informativeTokens(name).isEmpty();
  }

  /**
   * True when both names are informative and have no word in common (a word also matches its
   * abbreviation of at least three letters, "Alex" ~ "Alexander").
   */
  public static boolean differMaterially(String a, String b) {
    Set<String> left = informativeTokens(a);
    Set<String> right = informativeTokens(b);
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    for (String l : left) {
      for (String r : right) {
        if (sameWord(l, r)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 3 && longer.startsWith(shorter);
  }

  /**
   * ICU's transform, skipped for plain ASCII (most names on the event path), which it would return
   * unchanged: the compound transform costs 7-30 µs per name on this machine, several names per
   * event.
   */
  private static String toLatinAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return TO_LATIN_ASCII.transliterate(name);
      }
    }
    return name;
  }
}
