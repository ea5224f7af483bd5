package io.rollcall.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {

  private final ApiKeyFilter filter = filter(List.of("key-1", "key-2"), List.of("/l/"));

  @Test
  void aConfiguredKeyLetsTheRequestThrough() {
    assertThat(filter.check("/meetings", "Bearer key-2")).isNull();
  }

  @Test
  void missingOrWrongKeyIsA401ProblemAskingForBearer() {
    for (String authorization : new String[] {null, "Bearer nope", "Basic key-1"}) {
      Response response = filter.check("/meetings", authorization);
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
      assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
      assertThat((Problem) response.getEntity())
          .isEqualTo(
              new Problem(
                  "about:blank",
                  "Unauthorized",
                  401,
                  "send a valid API key as 'Authorization: Bearer <key>'"));
    }
  }

  @Test
  void configuredOpenPathsAndQuarkusPathsNeedNoKey() {
    assertThat(filter.check("/l/abc", null)).isNull();
    assertThat(filter.check("/q/health", null)).isNull();
    assertThat(filter.check("/left", null)).isNotNull();
  }

  @Test
  void withoutOpenPathsOnlyQuarkusPathsAreOpen() {
    ApiKeyFilter closed = filter(List.of("key-1"), null);
    assertThat(closed.check("/q/metrics", null)).isNull();
    assertThat(closed.check("/l/abc", null)).isNotNull();
  }

  @Test
  void noConfiguredKeysRefuseEveryProtectedRequest() {
    assertThat(filter(null, null).check("/meetings", "Bearer ")).isNotNull();
  }

  private static ApiKeyFilter filter(List<String> keys, List<String> openPaths) {
    return new ApiKeyFilter(
        new ApiKeyConfig() {
          @Override
          public Optional<List<String>> apiKeys() {
            return Optional.ofNullable(keys);
          }

          @Override
          public Filter filter() {
            return new Filter() {
              @Override
              public boolean enabled() {
                return true;
              }

              @Override
              public Optional<List<String>> openPaths() {
                return Optional.ofNullable(openPaths);
              }
            };
          }
        });
  }
}
