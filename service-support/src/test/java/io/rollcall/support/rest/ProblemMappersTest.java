package io.rollcall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void frameworkErrorsKeepTheirStatusAndReason() {
    assertThat(problem(mappers.webApplication(new NotFoundException())))
        .isEqualTo(new Problem("about:blank", "Not Found", 404, "HTTP 404 Not Found"));
    Response notAllowed = mappers.webApplication(new NotAllowedException("GET"));
    assertThat(notAllowed.getStatus()).isEqualTo(405);
    assertThat(notAllowed.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    assertThat(problem(notAllowed).title()).isEqualTo("Method Not Allowed");
  }

  @Test
  void unparsableBodyWrappedByTheFrameworkIsMalformedJsonWithJacksonsReason() {
    JsonProcessingException cause = parseError("{\"host\": ");
    Problem problem =
        problem(
            mappers.webApplication(
                new WebApplicationException(cause, Response.Status.BAD_REQUEST)));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Malformed JSON");
    assertThat(problem.detail()).isEqualTo(cause.getOriginalMessage()).contains("end-of-input");
  }

  @Test
  void wrongJsonTypesAreMalformedJson() {
    JsonProcessingException e = parseError("{\"n\": \"x\"}", Numbered.class);
    Problem problem = problem(mappers.malformedJson(e));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).contains("int");
  }

  @Test
  void unexpectedFailuresAre500WithoutTheirMessage() {
    Problem problem =
        problem(mappers.unexpected(new IllegalStateException("maria.lopez@example.edu")));
    assertThat(problem)
        .isEqualTo(
            new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "the request failed unexpectedly; see the service log"));
  }

  record Numbered(int n) {}

  private static Problem problem(Response response) {
    assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    return (Problem) response.getEntity();
  }

  private static JsonProcessingException parseError(String json) {
    return parseError(json, Object.class);
  }

  private static JsonProcessingException parseError(String json, Class<?> type) {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> new ObjectMapper().readValue(json, type));
    assertThat(e).as("%s is not a %s", json, type.getSimpleName()).isNotNull();
    return e;
  }
}
