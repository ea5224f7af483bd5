package io.rollcall.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every validation problem of a request, so a 400 names them all at once. */
public final class Errors {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private final List<String> messages = new ArrayList<>();

  public Errors require(boolean ok, String message) {
    if (!ok) {
      messages.add(message);
    }
    return this;
  }

  public Errors text(String field, String value, int maxLength) {
    require(value != null && !value.isBlank(), field + " is required");
    return require(
        value == null || value.length() <= maxLength,
        field + " exceeds " + maxLength + " characters");
  }

  public Errors optionalText(String field, String value, int maxLength) {
    return require(
        value == null || value.length() <= maxLength,
        field + " exceeds " + maxLength + " characters");
  }

  public Errors email(String field, String value) {
    text(field, value, 128);
    return require(
        value == null || value.isBlank() || EMAIL.matcher(value).matches(),
        field + " is not an email address");
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  /** Throws a 400 listing every problem, if there is any. */
  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw ProblemException.badRequest(String.join("; ", messages));
    }
  }
}
