package io.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rollcall.events.Topics;
import io.rollcall.testsupport.TestKafka;
import io.rollcall.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 17 end to end, over a real Kafka broker and a real PostgreSQL with the packaged
 * applications: two Zoom accounts (two tenants) of one zoom-simulator, each with its own
 * Server-to-Server credentials, webhook secret and API keys. Each tenant schedules a meeting,
 * invites a person under the same ref {@code p-1}, and plays it. Then each sees only its own
 * meetings, attendance and people; a key without {@code host-links} is refused a start link; a
 * revoked key is refused everywhere; erasing tenant B's {@code p-1} removes every trace of that
 * person from every service's tables and from the compacted topics, keeps tenant A's {@code p-1},
 * and holds after a rebuild; and no log line of the four services at INFO or above carries an
 * email, a name, a key or a secret.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantsEndToEndTest {
  private static final String ACCOUNT_A = "sim-account-0001";
  private static final String ACCOUNT_B = "sim-account-0002";
  private static final String KEY_A = "e2e-key-a-2f7c19d04b";
  private static final String KEY_B_ADMIN = "e2e-key-b-admin-8e31aa5c70";
  private static final String KEY_B_READER = "e2e-key-b-reader-c94d0b1e22";
  private static final String SECRET_A = "e2e-webhook-secret-a-0c5e9b";
  private static final String SECRET_B = "e2e-webhook-secret-b-7d13fa";
  private static final String CLIENT_SECRET_B = "e2e-client-secret-b-41d8e2";
  private static final String PREFIX = "rollcall_ten";
  private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(120);

  /**
   * Tenant A's and tenant B's person, both {@code p-1} in their tenant. Names no other test uses:
   * the broker is shared by the test classes, and this test searches everything for them.
   */
  private static final Person ALICE =
      new Person("Ottilie", "Ostravska", "ottilie.ostravska@a-school.test");

  private static final Person CAROL =
      new Person("Quillon", "Quennellby", "quillon.quennellby@b-school.test");

  private static final Person DAVE =
      new Person("Dashiell", "Brightwater", "dashiell.brightwater@b-school.test");

  private static final TestStack STACK = new TestStack();
  private static ServiceClient meetingsA;
  private static ServiceClient meetingsB;
  private static ServiceClient attendanceA;
  private static ServiceClient attendanceB;
  private static ServiceClient zoom;
  private static String meetingA;
  private static String meetingB;
  private static final List<String> carolLinks = new ArrayList<>();

  record Person(String first, String last, String email) {
    String name() {
      return first + " " + last;
    }

    /** What a search for this person looks for. */
    List<String> needles() {
      return List.of(email, first, last);
    }

    Map<String, Object> invitee(String ref) {
      return Map.of("ref", ref, "email", email, "first_name", first, "last_name", last);
    }
  }

  @BeforeAll
  static void startTwoTenantsAndPlayAMeetingEach() throws IOException {
    Path tenantsFile = Files.createTempFile("rollcall-tenants", ".json");
    Files.writeString(
        tenantsFile,
        """
        {"tenants": [{"account_id": "%s",
          "zoom": {"client_id": "sim-client-b", "client_secret": "%s",
                   "webhook_secrets": ["%s"]},
          "api_keys": [{"id": "b-admin", "sha256": "%s",
                        "scopes": ["admin", "attendance:read", "meetings:write", "host-links"]},
                       {"id": "b-reader", "sha256": "%s", "scopes": ["attendance:read"]}]}]}
        """
            .formatted(
                ACCOUNT_B, CLIENT_SECRET_B, SECRET_B, sha256(KEY_B_ADMIN), sha256(KEY_B_READER)));
    TestStack.Pipeline pipeline =
        STACK.startPipeline(
            PREFIX,
            KEY_A,
            SECRET_A,
            Map.of(),
            Map.of(),
            Map.of(
                "ROLLCALL_ZOOM_ACCOUNT_ID",
                ACCOUNT_A,
                "ROLLCALL_TENANTS_FILE",
                tenantsFile.toString()));
    meetingsA = pipeline.meetings();
    attendanceA = pipeline.attendance();
    meetingsB = meetingsA.withAuthorization("Bearer " + KEY_B_ADMIN);
    attendanceB = attendanceA.withAuthorization("Bearer " + KEY_B_ADMIN);
    zoom = pipeline.zoom();
    zoom.post(
        "/sim/accounts",
        Map.of(
            "account_id", ACCOUNT_B,
            "client_id", "sim-client-b",
            "client_secret", CLIENT_SECRET_B,
            "webhook_secret", SECRET_B));

    meetingA = schedule(meetingsA, "teacher@a-school.test", "Algebra");
    meetingB = schedule(meetingsB, "teacher@b-school.test", "Biology");
    Map<String, String> urlsA = invite(meetingsA, meetingA, Map.of("p-1", ALICE));
    Map<String, String> urlsB = invite(meetingsB, meetingB, Map.of("p-1", CAROL, "p-2", DAVE));
    for (JsonNode invitee : meetingsB.get("/meetings/" + meetingB + "/invitees").path("invitees")) {
      if ("p-1".equals(invitee.path("ref").asText())) {
        carolLinks.add(invitee.path("link_id").asText());
      }
    }
    play(meetingA, Map.of("p-1", ALICE), urlsA);
    play(meetingB, Map.of("p-1", CAROL, "p-2", DAVE), urlsB);
  }

  @AfterAll
  static void stopTheStack() {
    STACK.close();
  }

  @Test
  @Order(1)
  void eachTenantSeesItsOwnAttendanceAndTheSameRefIsTwoPeople() {
    JsonNode a = awaitAttendance(attendanceA, meetingA, 1);
    JsonNode b = awaitAttendance(attendanceB, meetingB, 2);
    assertThat(attendee(a, "p-1").path("email").asText()).isEqualTo(ALICE.email());
    assertThat(attendee(b, "p-1").path("email").asText()).isEqualTo(CAROL.email());
    assertThat(attendee(b, "p-1").path("attended_seconds").asLong()).isEqualTo(40 * 60);

    JsonNode peopleA = attendanceA.get("/people/p-1/attendance");
    JsonNode peopleB = attendanceB.get("/people/p-1/attendance");
    assertThat(peopleA.toString()).contains(meetingA).doesNotContain(meetingB, CAROL.email());
    assertThat(peopleB.toString()).contains(meetingB).doesNotContain(meetingA, ALICE.email());
  }

  @Test
  @Order(2)
  void nothingOfOneTenantIsVisibleThroughTheOthersCredentials() {
    for (String path :
        List.of("/meetings/" + meetingB + "/attendance", "/meetings/" + meetingB + "/instances")) {
      assertThat(attendanceA.status("GET", path, null)).as("A reads %s", path).isEqualTo(404);
    }
    assertThat(attendanceB.status("GET", "/meetings/" + meetingA + "/attendance", null))
        .isEqualTo(404);
    assertThat(meetingsA.status("GET", "/meetings/" + meetingB, null)).isEqualTo(404);
    assertThat(meetingsA.status("GET", "/meetings/" + meetingB + "/invitees", null)).isEqualTo(404);
    assertThat(meetingsB.status("GET", "/meetings/" + meetingA, null)).isEqualTo(404);
    assertThat(
            meetingsB.status(
                "POST",
                "/meetings/" + meetingA + "/host-link",
                Map.of("host", "teacher@a-school.test")))
        .isEqualTo(404);
  }

  @Test
  @Order(3)
  void aStartLinkNeedsHostLinksAndARevokedKeyIsRefusedEverywhere() {
    Map<String, Object> host = Map.of("host", "teacher@b-school.test");
    String hostLink = "/meetings/" + meetingB + "/host-link";
    ServiceClient reader = meetingsB.withAuthorization("Bearer " + KEY_B_READER);
    assertThat(reader.status("POST", hostLink, host)).isEqualTo(403);
    assertThat(
            attendanceA
                .withAuthorization("Bearer " + KEY_B_READER)
                .status("GET", "/meetings/" + meetingB + "/attendance", null))
        .isEqualTo(200);

    JsonNode created =
        meetingsB.post(
            "/admin/api-keys", Map.of("scopes", List.of("meetings:write"), "label", "scheduler"));
    ServiceClient scheduler = meetingsB.withAuthorization("Bearer " + created.path("key").asText());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(scheduler.status("GET", "/meetings/" + meetingB, null)).isEqualTo(200));
    assertThat(scheduler.status("POST", hostLink, host)).isEqualTo(403);
    assertThat(meetingsB.post(hostLink, host).path("start_url").asText()).isNotBlank();

    JsonNode reading =
        meetingsB.post("/admin/api-keys", Map.of("scopes", List.of("attendance:read")));
    ServiceClient readingAttendance =
        attendanceB.withAuthorization("Bearer " + reading.path("key").asText());
    String attendancePath = "/meetings/" + meetingB + "/attendance";
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(readingAttendance.status("GET", attendancePath, null)).isEqualTo(200));

    meetingsB.delete("/admin/api-keys/" + created.path("key_id").asText(), null);
    meetingsB.delete("/admin/api-keys/" + reading.path("key_id").asText(), null);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(scheduler.status("GET", "/meetings/" + meetingB, null)).isEqualTo(401);
              assertThat(readingAttendance.status("GET", attendancePath, null)).isEqualTo(401);
            });
  }

  @Test
  @Order(4)
  void erasingAPersonRemovesEveryTraceInTablesAndCompactedTopicsAndKeepsTheOtherTenantsRef()
      throws Exception {
    JsonNode erased = meetingsB.delete("/people/p-1", null);
    assertThat(erased.path("erasure_id").asText()).isNotBlank();
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              String report = meetingsB.get("/people/p-1/erasure").toString();
              assertThat(report).contains("identity-service", "attendance-service");
            });
    awaitAttendance(attendanceB, meetingB, 1);
    assertThat(attendanceB.get("/meetings/" + meetingB + "/attendance").toString())
        .doesNotContain(CAROL.email(), CAROL.first(), CAROL.last());
    assertThat(
            attendee(attendanceA.get("/meetings/" + meetingA + "/attendance"), "p-1")
                .path("email")
                .asText())
        .isEqualTo(ALICE.email());

    assertThat(traces(CAROL))
        .as(
            "Carol's traces in tables and compacted topics; erasure report %s",
            meetingsB.get("/people/p-1/erasure"))
        .isEmpty();
    assertThat(traces(ALICE)).as("Alice (tenant A's p-1) is kept").isNotEmpty();
  }

  @Test
  @Order(5)
  void theErasedPersonStaysErasedAfterARebuild() throws Exception {
    // A rebuild replays every tenant's attendance: the operator's (default tenant's) admin only.
    assertThat(attendanceB.status("POST", "/admin/rebuild", Map.of())).isEqualTo(403);
    attendanceA.post("/admin/rebuild", Map.of());
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              JsonNode b = attendanceB.get("/meetings/" + meetingB + "/attendance");
              assertThat(refs(b)).containsExactly("p-2");
              assertThat(b.toString()).doesNotContain(CAROL.email(), CAROL.first(), CAROL.last());
            });
    assertThat(traces(CAROL)).isEmpty();
  }

  @Test
  @Order(6)
  void noLogLineAtInfoOrAboveCarriesAnEmailANameAKeyOrASecret() throws IOException {
    List<String> secrets =
        List.of(
            ALICE.email(),
            ALICE.last(),
            CAROL.email(),
            CAROL.last(),
            DAVE.email(),
            DAVE.last(),
            KEY_A,
            KEY_B_ADMIN,
            KEY_B_READER,
            SECRET_A,
            SECRET_B,
            CLIENT_SECRET_B,
            "sim-client-secret");
    Pattern level = Pattern.compile("\\b(INFO|WARN|ERROR|FATAL)\\b");
    List<String> leaks = new ArrayList<>();
    List<Path> serviceLogs =
        STACK.logs().stream()
            .filter(log -> log.getFileName().toString().contains("-service-"))
            .toList();
    for (Path log : serviceLogs) {
      for (String line : Files.readAllLines(log)) {
        if (level.matcher(line).find()) {
          secrets.stream()
              .filter(line::contains)
              .forEach(s -> leaks.add(log.getFileName() + ": " + line));
        }
      }
    }
    assertThat(serviceLogs).as("the four services' logs").hasSize(4);
    assertThat(leaks).isEmpty();
  }

  @Test
  @Order(7)
  void theErasedPersonsOldValuesLeaveTheCompactedTopicsOnDisk() throws Exception {
    // The latest values hold no trace since the erasure (order 4); the old ones are still in the
    // log until Kafka compacts it. max.compaction.lag.ms bounds that (1 day in production, 1 s
    // here); it takes writes to the topic to roll its segments, so tenant A keeps issuing links.
    assertThat(allValues(Topics.LINKS))
        .as("before: Carol's old link values are still in the log, what this test waits away")
        .anyMatch(v -> CAROL.needles().stream().anyMatch(v::contains));
    List<String> traces = new ArrayList<>();
    try (Admin admin = TestKafka.admin()) {
      setMaxCompactionLag(admin, "1000");
      try {
        int[] round = {0};
        await()
            .atMost(WAIT)
            .pollInterval(Duration.ofMillis(1500))
            .untilAsserted(
                () -> {
                  issueLinks(++round[0]);
                  traces.clear();
                  for (String topic : Topics.compacted()) {
                    allValues(topic).stream()
                        .filter(v -> CAROL.needles().stream().anyMatch(v::contains))
                        .forEach(v -> traces.add(topic));
                  }
                  assertThat(traces).as("Carol's values left in the compacted topics").isEmpty();
                });
        assertThat(allValues(Topics.LINKS))
            .as("compaction keeps the latest value of every live link: Alice's is there")
            .anyMatch(v -> v.contains(ALICE.email()));
      } finally {
        setMaxCompactionLag(admin, String.valueOf(Topics.MAX_COMPACTION_LAG_MS));
      }
    }
  }

  /**
   * Tenant A invites six more people, each with an email of their own (Zoom answers a second
   * registration of an email with the first registrant): six new links, so every partition of the
   * links topic is most likely written to in each round.
   */
  private static void issueLinks(int round) {
    Map<String, Person> people = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      String id = round + "-" + i;
      people.put(
          "t-" + id,
          new Person("Bysshe", "Standfast", "bysshe.standfast." + id + "@a-school.test"));
    }
    invite(meetingsA, meetingA, people);
  }

  private static void setMaxCompactionLag(Admin admin, String ms) throws Exception {
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    for (String topic : Topics.compacted()) {
      changes.put(
          new ConfigResource(ConfigResource.Type.TOPIC, topic),
          List.of(
              new AlterConfigOp(
                  new ConfigEntry("max.compaction.lag.ms", ms), AlterConfigOp.OpType.SET)));
    }
    admin.incrementalAlterConfigs(changes).all().get();
  }

  /**
   * Where {@code person} still appears: every text column of every table of the three services'
   * databases, and the latest value of every key of the compacted topics (what compaction keeps).
   */
  private static List<String> traces(Person person) throws SQLException {
    List<String> needles = person.needles();
    List<String> found = new ArrayList<>();
    for (String service : List.of("meeting", "identity", "attendance")) {
      found.addAll(tableTraces(PREFIX + "_" + service, needles));
    }
    for (String topic : Topics.compacted()) {
      latestValues(topic)
          .forEach(
              (key, value) -> {
                if (value != null && needles.stream().anyMatch(value::contains)) {
                  found.add(topic + " key " + key);
                }
              });
    }
    return found;
  }

  private static List<String> tableTraces(String database, List<String> needles)
      throws SQLException {
    TestPostgres.Database db = TestPostgres.database();
    String url = db.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
          while (rs.next()) {
            String row = rs.getString(1);
            if (needles.stream().anyMatch(row::contains)) {
              found.add(
                  database + "." + table + ": " + row.substring(0, Math.min(row.length(), 300)));
            }
          }
        }
      }
    }
    return found;
  }

  /** Every non-null value of {@code topic} still in its log, from the first offset. */
  private static List<String> allValues(String topic) {
    List<String> values = new ArrayList<>();
    readWhole(
        topic,
        r -> {
          if (r.value() != null) {
            values.add(r.value());
          }
        });
    return values;
  }

  private static Map<String, String> latestValues(String topic) {
    Map<String, String> latest = new HashMap<>();
    readWhole(topic, r -> latest.put(r.key(), r.value()));
    return latest;
  }

  private static void readWhole(String topic, Consumer<ConsumerRecord<String, String>> each) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false); // assigned, no group: nothing kept
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    try {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(500)).forEach(each);
      }
    } finally {
      consumer.close(Duration.ofSeconds(2)); // a busy broker must not hold a read for 30 s
    }
  }

  private static String schedule(ServiceClient meetings, String host, String topic) {
    return meetings
        .post(
            "/meetings",
            Map.of(
                "host",
                host,
                "topic",
                topic,
                "start_time",
                START.toString(),
                "duration",
                60,
                "timezone",
                "Europe/Madrid",
                "settings",
                Map.of("waiting_room", false)))
        .path("meeting_id")
        .asText();
  }

  private static Map<String, String> invite(
      ServiceClient meetings, String meetingId, Map<String, Person> people) {
    List<Map<String, Object>> invitees = new ArrayList<>();
    people.forEach((ref, person) -> invitees.add(person.invitee(ref)));
    Map<String, String> urls = new HashMap<>();
    meetings
        .post("/meetings/" + meetingId + "/invitees", Map.of("invitees", invitees))
        .path("invitees")
        .forEach(n -> urls.put(n.path("ref").asText(), n.path("join_url").asText()));
    return urls;
  }

  /** Host 0–60 min; each person joins at 10 min with their own link and stays to 50 min. */
  private static void play(String meetingId, Map<String, Person> people, Map<String, String> urls) {
    String sim = "/sim/meetings/" + meetingId;
    zoom.post(sim + "/join", TestStack.join("host", "start_url", null, null, START));
    people.forEach(
        (ref, person) ->
            zoom.post(
                sim + "/join",
                TestStack.join(
                    ref,
                    "registrant_link",
                    urls.get(ref),
                    person.name(),
                    START.plus(Duration.ofMinutes(10)))));
    people.forEach(
        (ref, person) ->
            zoom.post(
                sim + "/people/" + ref + "/leave",
                Map.of("at", START.plus(Duration.ofMinutes(50)).toString())));
    zoom.post(sim + "/end", Map.of("at", START.plus(Duration.ofMinutes(60)).toString()));
  }

  /** The attendance once it lists {@code people} invitees (the host not counted) and has ended. */
  private static JsonNode awaitAttendance(ServiceClient attendance, String meetingId, int people) {
    return await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                attendance
                    .find("/meetings/" + meetingId + "/attendance")
                    .orElseGet(() -> DemoDriver.JSON.createObjectNode()),
            a -> refs(a).size() == people && !a.path("ended_at").isNull());
  }

  private static List<String> refs(JsonNode answer) {
    List<String> refs = new ArrayList<>();
    for (JsonNode a : answer.path("attendees")) {
      if (!a.path("ref").isNull() && !"host".equals(a.path("role").asText())) {
        refs.add(a.path("ref").asText());
      }
    }
    return refs;
  }

  private static JsonNode attendee(JsonNode answer, String ref) {
    for (JsonNode a : answer.path("attendees")) {
      if (ref.equals(a.path("ref").asText())) {
        return a;
      }
    }
    throw new AssertionError("no attendee " + ref + " in " + answer);
  }

  private static String sha256(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
