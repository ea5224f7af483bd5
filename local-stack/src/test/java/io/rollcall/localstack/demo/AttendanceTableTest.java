package io.rollcall.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AttendanceTableTest {

  @Test
  void rendersResolvedUnresolvedAndHostRowsWithEvidenceTimeAndFlags() throws Exception {
    String json =
        """
        {"attendees": [
          {"ref": "dan", "role": "invitee", "name": "Dan Dorsey",
           "resolution": {"method": "registrant", "confidence": "exact"},
           "attended_seconds": 2940, "sessions": [{}, {}], "flags": ["shared_link"]},
          {"ref": null, "name": "MacBook-Pro",
           "resolution": {"method": "none", "confidence": "none"},
           "attended_seconds": 65, "sessions": [{}], "flags": []},
          {"ref": "host@acme.test", "role": "host", "name": "",
           "resolution": {"method": "zoom_user", "confidence": "strong"},
           "attended_seconds": 3060, "sessions": [{}], "flags": []}]}
        """;

    String table = AttendanceTable.render(new ObjectMapper().readTree(json));

    assertThat(table.lines())
        .hasSize(4)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("dan", "Dan Dorsey", "registrant/exact", "49m00s", "shared_link"))
        .anySatisfy(
            line -> assertThat(line).contains("(unresolved)", "MacBook-Pro", "none/none", "1m05s"))
        .anySatisfy(
            line -> assertThat(line).contains("host@acme.test", "host", "zoom_user/strong"));
  }
}
