package io.rollcall.demo;

import static io.rollcall.demo.SeedScenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollcall.demo.Attendance.Attendee;
import io.rollcall.testsupport.AppProcess;
import io.rollcall.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole of Rollcall over a real Kafka broker and a real PostgreSQL: the four services and
 * zoom-simulator run as the packaged applications they are in production, identity-service and
 * attendance-service as two replicas each (one consumer group, shared partitions); {@link
 * DemoDriver} plays the seed scenario with every webhook delivered twice and out of order; the
 * attendance API must still answer person by person exactly as the scenario happened.
 */
class SeedScenarioEndToEndTest {

  private static final String API_KEY = "e2e-api-key-7c1f";
  private static final String WEBHOOK_SECRET = "e2e-webhook-secret-93ab";
  private static final Instant START = Instant.parse("2026-09-14T15:00:00Z");

  /** Every delivery twice (new request id), jittered so events arrive shuffled, late lefts. */
  private static final Map<String, Object> DISORDERLY_ZOOM =
      Map.of("duplicate_rate", 1.0, "delay_jitter_ms", 400, "late_left_on_rejoin", true);

  private static final TestStack STACK = new TestStack();
  private static AppProcess attendance;
  private static AppProcess simulator;
  private static DemoResult result;

  @BeforeAll
  static void startTheStackAndPlayTheSeedScenario() {
    String kafka = TestKafka.bootstrapServers();
    // Every service must agree on the default tenant (docs/tenants.md).
    Map<String, String> common =
        Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "ROLLCALL_ZOOM_ACCOUNT_ID", "sim-account-0001");

    CompletableFuture<AppProcess> ingest =
        startAsync("ingest-service", env(common, "ROLLCALL_ZOOM_WEBHOOK_SECRETS", WEBHOOK_SECRET));
    Map<String, String> identityEnv = withDatabase(common, "rollcall_e2e_identity");
    Map<String, String> attendanceEnv =
        env(withDatabase(common, "rollcall_e2e_attendance"), "ROLLCALL_API_KEYS", API_KEY);
    CompletableFuture<AppProcess> identity = startAsync("identity-service", identityEnv);
    CompletableFuture<AppProcess> attendanceStart = startAsync("attendance-service", attendanceEnv);
    AppProcess ingestApp = ingest.join();
    identity.join();
    attendance = attendanceStart.join();
    // A second replica of each consuming service, in the same consumer groups and on the same
    // databases: the topics' partitions are shared between the two, and the answers must be
    // exactly those of one replica.
    CompletableFuture<AppProcess> identity2 = startAsync("identity-service", identityEnv);
    CompletableFuture<AppProcess> attendance2 = startAsync("attendance-service", attendanceEnv);
    identity2.join();
    attendance2.join();

    Map<String, String> sim = new HashMap<>();
    sim.put("ZOOM_SIM_WEBHOOK_URL", ingestApp.baseUrl() + "/zoom/webhooks");
    sim.put("ZOOM_SIM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    sim.put("ZOOM_SIM_WEBHOOK_RETRY_TIME_SCALE", "3000");
    sim.put("ZOOM_SIM_WEBHOOK_TIMEOUT", "PT10S");
    simulator = start("zoom-simulator", sim);

    Map<String, String> meeting = new HashMap<>(withDatabase(common, "rollcall_e2e_meeting"));
    meeting.put("ROLLCALL_API_KEYS", API_KEY);
    meeting.put("ROLLCALL_ZOOM_API_URL", simulator.baseUrl() + "/v2");
    meeting.put("ROLLCALL_ZOOM_OAUTH_URL", simulator.baseUrl());
    meeting.put("ROLLCALL_ZOOM_CLIENT_ID", "sim-client-id");
    meeting.put("ROLLCALL_ZOOM_CLIENT_SECRET", "sim-client-secret");
    meeting.put("ROLLCALL_ZOOM_SDK_KEY", "e2e-sdk-key");
    meeting.put("ROLLCALL_ZOOM_SDK_SECRET", "e2e-sdk-secret-0123456789abcdef0123456789abcdef");
    AppProcess meetingApp = start("meeting-service", meeting);

    DemoConfig config =
        new DemoConfig(
            meetingApp.baseUrl(),
            attendance.baseUrl(),
            simulator.baseUrl(),
            API_KEY,
            "sim-account-0001",
            "sim-client-id",
            "sim-client-secret",
            START,
            7L,
            DISORDERLY_ZOOM,
            Duration.ofSeconds(90));
    result = new DemoDriver(config).run(System.out::println);
    System.out.println(AttendanceTable.render(result));
  }

  @AfterAll
  static void stopTheStack() {
    STACK.close();
  }

  @Test
  void everyPersonOrUnresolvedConnectionAppearsExactlyOnce() {
    awaitAttendance(
        a -> {
          assertThat(a.attendees())
              .extracting(Attendee::ref)
              .containsExactlyInAnyOrder(HOST, ALICE.ref(), CAROL.ref(), DAN.ref(), null, null);
          assertThat(a.endedAt()).isEqualTo(START.plus(MEETING_ENDS));
        });
  }

  @Test
  void aliceJoiningFirstSignedOutAsUserIsResolvedByHerRegistrantLink() {
    awaitAttendee(
        ALICE.ref(),
        alice -> {
          assertThat(alice.resolution().method()).isEqualTo("registrant");
          assertThat(alice.resolution().confidence()).isEqualTo("exact");
          assertThat(alice.name()).isEqualTo("Alice Adams");
          assertThat(alice.attendedSeconds()).isEqualTo(seconds(MEETING_ENDS.minus(ALICE_JOINS)));
          assertThat(alice.sessions()).hasSize(1);
          assertThat(alice.flags()).isEmpty();
        });
    assertThat(zoomSaid("alice").userName()).isEqualTo(ALICE_CLIENT_NAME);
    assertThat(zoomSaid("alice").email()).isNullOrEmpty();
  }

  @Test
  void hostJoiningLateThroughTheStartLinkIsTheHostRefWithRoleHost() {
    awaitAttendee(
        HOST,
        host -> {
          assertThat(host.role()).isEqualTo("host");
          assertThat(host.resolution().confidence()).isIn("exact", "strong");
          assertThat(host.attendedSeconds()).isEqualTo(seconds(MEETING_ENDS.minus(HOST_JOINS)));
          assertThat(host.sessions()).hasSize(1);
          assertThat(host.flags()).isEmpty();
        });
  }

  @Test
  void guestWhoseClientReportsTheComputerNameStaysUnresolvedAndUninvited() {
    awaitAttendance(
        a -> {
          Attendee guest =
              a.attendees().stream()
                  .filter(p -> p.ref() == null && p.viaLinkOf() == null)
                  .findFirst()
                  .get();
          assertThat(guest.name()).isEqualTo(GUEST_CLIENT_NAME);
          assertThat(guest.resolution().method()).isEqualTo("none");
          assertThat(guest.resolution().confidence()).isEqualTo("none");
          assertThat(guest.attendedSeconds()).isEqualTo(seconds(GUEST_LEAVES.minus(GUEST_JOINS)));
          assertThat(guest.flags()).containsExactly("uninvited");
        });
  }

  @Test
  void danForwardingHisLinkToErinIsCreditedHisOwnTimeAndErinIsHerOwnEntry() {
    awaitAttendee(
        DAN.ref(),
        dan -> {
          assertThat(dan.resolution().method()).isEqualTo("registrant");
          assertThat(dan.flags()).containsExactly("shared_link");
          assertThat(dan.sessions()).hasSize(1);
          // Dan and Erin are told apart by name: only Dan's own connection is his (47m00s).
          assertThat(dan.attendedSeconds()).isEqualTo(seconds(MEETING_ENDS.minus(DAN_JOINS)));
          assertThat(dan.viaLinkOf()).isNull();
        });
    awaitAttendance(
        a -> {
          List<Attendee> onDansLink =
              a.attendees().stream().filter(p -> DAN.ref().equals(p.viaLinkOf())).toList();
          assertThat(onDansLink).hasSize(1);
          Attendee erin = onDansLink.get(0);
          assertThat(erin.ref()).isNull();
          assertThat(erin.name()).isEqualTo(ERIN_NAME);
          assertThat(erin.flags()).containsExactly("shared_link", "name_mismatch");
          assertThat(erin.attendedSeconds())
              .isEqualTo(seconds(MEETING_ENDS.minus(ERIN_JOINS_ON_DANS_LINK)));
        });
    assertThat(zoomSaid("erin").registrantId()).isEqualTo(zoomSaid("dan").registrantId());
  }

  @Test
  void carolDroppingAndRejoiningByPhoneIsOnePersonWithoutTheGap() {
    awaitAttendee(
        CAROL.ref(),
        carol -> {
          assertThat(carol.resolution().method()).isEqualTo("registrant");
          assertThat(carol.resolution().confidence()).isEqualTo("exact");
          assertThat(carol.sessions()).hasSize(2);
          assertThat(carol.sessions().get(0).leaveReason()).isNotEqualTo("meeting ended");
          assertThat(carol.attendedSeconds())
              .isEqualTo(
                  seconds(CAROL_DROPS.minus(CAROL_JOINS))
                      + seconds(MEETING_ENDS.minus(CAROL_REJOINS_BY_PHONE)));
          assertThat(carol.flags()).isEmpty();
        });
  }

  /** Issue 18: the attendance page of the played scenario, in a real browser. */
  @Test
  void theAttendancePageShowsEveryoneTheirSessionsAndFlagsInARealBrowser() throws Exception {
    awaitAttendance(a -> assertThat(a.attendees()).hasSize(6));
    new AttendancePageCheck(
            attendance.baseUrl(),
            API_KEY,
            result.meetingId(),
            java.nio.file.Path.of("target", "screenshots"))
        .run();
  }

  @Test
  void zoomReallyDeliveredEveryWebhookTwiceAndOutOfOrder() {
    JsonNode deliveries =
        new ServiceClient("zoom-simulator", simulator.baseUrl(), null, DemoDriver.JSON)
            .get("/sim/webhooks/deliveries?meeting_id=" + result.meetingId());
    List<JsonNode> delivered = new ArrayList<>();
    deliveries.forEach(
        d -> {
          if (d.path("status").asInt() / 100 == 2) delivered.add(d);
        });
    delivered.sort(Comparator.comparingLong(d -> d.path("seq").asLong()));
    Set<String> bodies = new HashSet<>();
    delivered.forEach(d -> bodies.add(d.path("body").asText()));
    assertThat(bodies).isNotEmpty();
    assertThat(delivered).hasSizeGreaterThanOrEqualTo(2 * bodies.size());
    long latestSoFar = Long.MIN_VALUE;
    boolean reordered = false;
    for (JsonNode d : delivered) {
      long eventTs = d.path("event_ts").asLong();
      reordered |= eventTs < latestSoFar;
      latestSoFar = Math.max(latestSoFar, eventTs);
    }
    assertThat(reordered).as("some event arrived after a later one").isTrue();
  }

  private static long seconds(Duration d) {
    return d.getSeconds();
  }

  private static ZoomConnection zoomSaid(String person) {
    return result.zoomSaid().stream().filter(c -> c.person().equals(person)).findFirst().get();
  }

  private static void awaitAttendee(String ref, Consumer<Attendee> assertions) {
    awaitAttendance(
        a -> {
          List<Attendee> matches = a.attendees().stream().filter(p -> ref.equals(p.ref())).toList();
          assertThat(matches).as("attendees with ref %s", ref).hasSize(1);
          assertions.accept(matches.get(0));
        });
  }

  /** Asserts on attendance-service's current answer, waiting out late corrections. */
  private static void awaitAttendance(Consumer<Attendance> assertions) {
    ServiceClient api =
        new ServiceClient(
            "attendance-service", attendance.baseUrl(), "Bearer " + API_KEY, DemoDriver.JSON);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertions.accept(
                    DemoDriver.JSON.treeToValue(
                        api.get("/meetings/" + result.meetingId() + "/attendance"),
                        Attendance.class)));
  }

  private static CompletableFuture<AppProcess> startAsync(String module, Map<String, String> env) {
    return STACK.startAsync(module, env);
  }

  private static AppProcess start(String module, Map<String, String> env) {
    return STACK.start(module, env);
  }

  private static Map<String, String> env(Map<String, String> base, String key, String value) {
    return TestStack.env(base, key, value);
  }

  private static Map<String, String> withDatabase(Map<String, String> base, String name) {
    return TestStack.withDatabase(base, name);
  }
}
