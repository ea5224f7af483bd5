package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.HOST_ZOOM_ID;
import static io.rollcall.identity.domain.Fixtures.MEETING;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingInfo;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random meeting instances for the property tests, reproducible from a seed: a registry whose links
 * arrive late, are revoked or learn a Zoom user id while events keep coming; invitees sharing names
 * and emails; participants rejoining, on several devices, sharing registrant links, misusing the
 * host link, waiting in the waiting room under one {@code participant_uuid}, under device names,
 * with unknown registrant ids; moving between the main session and breakout rooms (a new {@code
 * user_id} per room, {@code parent_user_id} naming the main one, with or without registrant id and
 * {@code participant_uuid}); phone legs bound to a computer connection ({@code bind_user_id});
 * links used by their owner and by differently named people, the owner early or late; events
 * shuffled and delivered twice.
 */
final class InstanceScenarios {
  static final String HOST_REF = "teacher@example.edu";

  private static final String[][] REGISTERED_NAMES = {
    {"María", "López"},
    {"Maria", "Lopez"},
    {"Jonas", "Berg"},
    {"Ana", "Silva"},
    {"Ana", "Silva"},
    {"Alex", "Kim"},
    {"Alexander", "Kim"},
    {"Tom", "Teacher"},
    {"Lea", "Late"},
  };
  private static final String[] DISPLAY_NAMES = {
    "María López",
    "López, María",
    "maria lopez",
    "Jonas Berg",
    "Ana Silva",
    "Alex",
    "Alex Kim",
    "Kevin Park",
    "Tom Teacher",
    "Lea Late",
    "user",
    "iPhone",
    "DESKTOP-7Q2LM",
    "Guest",
    "",
    null,
  };
  private static final String[] EMAILS = {
    "student-0@example.edu",
    " Student-1@Example.EDU ",
    "shared@example.edu",
    "stranger@example.org",
    HOST_REF,
    "",
  };
  private static final String[] ZOOM_USERS = {"ZU-1", "ZU-2", "ZU-3", HOST_ZOOM_ID, "ZU-9", ""};

  /** Registrant ids of the links that may exist, and one no link ever has. */
  private static final String[] REGISTRANT_IDS =
      IntStream.rangeClosed(0, 9)
          .mapToObj(i -> i < 9 ? "REG-" + i : "REG-UNKNOWN")
          .toArray(String[]::new);

  private static final ParticipantAction[] COMMON_ACTIONS = {
    ParticipantAction.JOINED,
    ParticipantAction.JOINED,
    ParticipantAction.LEFT,
    ParticipantAction.LEFT,
    ParticipantAction.WAITING_ROOM_JOINED,
    ParticipantAction.WAITING_ROOM_LEFT,
    ParticipantAction.PUT_IN_WAITING_ROOM,
    ParticipantAction.ADMITTED,
  };

  /** One step of a scenario: an event arrives, or the registry becomes {@code registry}. */
  sealed interface Step {}

  /** An event arrives (possibly the very same event again: a duplicate delivery). */
  record Event(Observation observation) implements Step {}

  /** The meeting's registry changed to this one. */
  record NewRegistry(MeetingRegistry registry) implements Step {}

  /** An operator's assignment or withdrawal arrives (possibly again: a duplicate delivery). */
  record Assign(ManualAssignment assignment) implements Step {}

  /** A registry to start from and what happens next. */
  record Scenario(long seed, MeetingRegistry initial, List<Step> steps) {

    Scenario without(int step) {
      List<Step> fewer = new ArrayList<>(steps);
      fewer.remove(step);
      return new Scenario(seed, initial, fewer);
    }

    /**
     * The scenario with step {@code step}'s chain edges ({@code parent_user_id}, {@code
     * bind_user_id}) removed, every delivery of that event alike; empty when it has none.
     */
    Optional<Scenario> withoutEdge(int step) {
      if (!(steps.get(step) instanceof Event e)) {
        return Optional.empty();
      }
      ZoomParticipant p = e.observation().participant();
      if (p.parentUserId() == null && p.bindUserId() == null) {
        return Optional.empty();
      }
      Observation o = e.observation();
      Observation stripped =
          new Observation(
              o.sourceKey(),
              o.connectionId(),
              o.action(),
              o.occurredAt(),
              new ZoomParticipant(
                  p.userId(),
                  p.participantUuid(),
                  p.userName(),
                  p.email(),
                  p.zoomUserId(),
                  p.registrantId(),
                  p.customerKey(),
                  p.phoneNumber(),
                  null,
                  p.breakoutRoomUuid(),
                  null,
                  p.bindParticipantUuid()));
      List<Step> changed =
          steps.stream()
              .map(
                  s ->
                      s instanceof Event other && other.observation().equals(o)
                          ? (Step) new Event(stripped)
                          : s)
              .toList();
      return Optional.of(new Scenario(seed, initial, changed));
    }

    /** Every event of the scenario, duplicates included, in arrival order. */
    List<Observation> events() {
      return steps.stream()
          .filter(s -> s instanceof Event)
          .map(s -> ((Event) s).observation())
          .toList();
    }

    /** Every assignment message of the scenario, duplicates included, in arrival order. */
    List<ManualAssignment> assignments() {
      return steps.stream()
          .filter(s -> s instanceof Assign)
          .map(s -> ((Assign) s).assignment())
          .toList();
    }

    MeetingRegistry finalRegistry() {
      MeetingRegistry registry = initial;
      for (Step s : steps) {
        if (s instanceof NewRegistry r) {
          registry = r.registry();
        }
      }
      return registry;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("seed " + seed + "\ninitial " + initial);
      steps.forEach(s -> b.append("\n  ").append(s));
      return b.toString();
    }
  }

  private final Random random;
  // Assignments draw from their own stream, so that the other steps of a seed stay as they were.
  private final Random operator;
  private final List<ManualAssignment> assigned = new ArrayList<>();
  private final List<RegistryLink> present = new ArrayList<>();
  private final List<RegistryLink> late = new ArrayList<>();
  private final List<Observation> delivered = new ArrayList<>();
  private MeetingInfo meeting;
  private int events;

  private InstanceScenarios(long seed) {
    this.random = new Random(seed);
    this.operator = new Random(~seed);
  }

  /** A scenario of up to {@code maxSteps} steps. */
  static Scenario generate(long seed, int maxSteps) {
    return new InstanceScenarios(seed).scenario(seed, maxSteps);
  }

  private Scenario scenario(long seed, int maxSteps) {
    registry();
    MeetingRegistry initial = snapshot();
    List<Step> steps = new ArrayList<>();
    int count = 1 + random.nextInt(maxSteps);
    while (steps.size() < count) {
      double roll = random.nextDouble();
      if (roll < 0.12) {
        changeRegistry();
        steps.add(new NewRegistry(snapshot()));
      } else if (roll < 0.22 && !delivered.isEmpty()) {
        steps.add(new Event(delivered.get(random.nextInt(delivered.size()))));
      } else {
        Observation o = event();
        if (o.connectionId() != null) {
          delivered.add(o);
          steps.add(new Event(o));
        }
      }
      if (operator.nextDouble() < 0.07) {
        steps.add(new Assign(assignment()));
      }
    }
    return new Scenario(seed, initial, steps);
  }

  /**
   * An operator's message: mostly an assignment of a delivered connection to a known ref, now and
   * then a withdrawal, an unknown ref, a connection not seen yet, a tie in time, or the same
   * message again.
   */
  private ManualAssignment assignment() {
    if (!assigned.isEmpty() && operator.nextDouble() < 0.1) {
      return assigned.get(operator.nextInt(assigned.size()));
    }
    String connection =
        delivered.isEmpty() || operator.nextDouble() < 0.1
            ? "u:" + (9000 + operator.nextInt(3))
            : delivered.get(operator.nextInt(delivered.size())).connectionId();
    String ref =
        operator.nextDouble() < 0.3
            ? null
            : operator.nextDouble() < 0.1
                ? "nobody"
                : operator.nextDouble() < 0.15 ? HOST_REF : "student-" + operator.nextInt(8);
    ManualAssignment a =
        new ManualAssignment(
            "as-" + assigned.size(),
            connection,
            ref,
            ref == null ? null : "seen on camera",
            "key:0123456789ab",
            Fixtures.at(60 + operator.nextInt(4)));
    assigned.add(a);
    return a;
  }

  private void registry() {
    int invitees = random.nextInt(8);
    String ref = null;
    for (int i = 0; i < invitees; i++) {
      // Now and then one person holds a second link.
      ref = ref != null && chance(0.12) ? ref : "student-" + i;
      String[] name = pick(REGISTERED_NAMES);
      RegistryLink link =
          new RegistryLink(
              "lnk-" + i,
              LinkRole.INVITEE,
              LinkStatus.ISSUED,
              ref,
              chance(0.85) ? "REG-" + i : null,
              chance(0.5) ? "CK-" + i : null,
              chance(0.35) ? null : pick(new String[] {ref + "@example.edu", "shared@example.edu"}),
              name[0],
              name[1],
              chance(0.25) ? pick(ZOOM_USERS) : null,
              Fixtures.at(-1440));
      if (chance(0.15)) {
        link = Fixtures.revoked(link, Fixtures.at(random.nextInt(66) - 5));
      }
      (chance(0.65) ? present : late).add(link);
    }
    if (chance(0.8)) {
      RegistryLink host =
          new RegistryLink(
              "host:" + MEETING,
              LinkRole.HOST,
              LinkStatus.ISSUED,
              HOST_REF,
              null,
              chance(0.2) ? "CK-HOST" : null,
              HOST_REF,
              "Tom",
              "Teacher",
              pick(new String[] {HOST_ZOOM_ID, null, "ZU-1"}),
              Fixtures.at(-1440));
      (chance(0.7) ? present : late).add(host);
    }
    meeting = chance(0.85) ? meeting(pick(new String[] {HOST_ZOOM_ID, "ZU-2", null})) : null;
  }

  private MeetingInfo meeting(String hostId) {
    return new MeetingInfo(
        MEETING,
        hostId,
        HOST_REF,
        "Course",
        2,
        Fixtures.T0,
        chance(0.6),
        false,
        true,
        false,
        false);
  }

  private void changeRegistry() {
    int kind = random.nextInt(10);
    if (kind < 4 && !late.isEmpty()) {
      present.add(random.nextInt(present.size() + 1), late.remove(random.nextInt(late.size())));
    } else if (kind < 6 && !present.isEmpty()) {
      int i = random.nextInt(present.size());
      present.set(i, Fixtures.revoked(present.get(i), Fixtures.at(random.nextInt(66) - 5)));
    } else if (kind == 6 && !present.isEmpty()) {
      int i = random.nextInt(present.size());
      present.set(i, Fixtures.withZoomUser(present.get(i), pick(ZOOM_USERS)));
    } else if (kind == 7) {
      MeetingInfo m = meeting == null ? meeting(HOST_ZOOM_ID) : meeting;
      meeting =
          new MeetingInfo(
              m.meetingId(),
              m.hostId(),
              m.hostEmail(),
              m.topic(),
              m.type(),
              m.startTime(),
              !m.registrationRequired(),
              false,
              true,
              false,
              false);
    } else if (kind == 8) {
      boolean required = meeting != null && meeting.registrationRequired();
      meeting =
          new MeetingInfo(
              MEETING,
              pick(new String[] {HOST_ZOOM_ID, "ZU-2", null}),
              HOST_REF,
              "Course",
              2,
              Fixtures.T0,
              required,
              false,
              true,
              false,
              false);
    } else if (!present.isEmpty()) {
      // Rare in practice but legal: the registry's order changes or a link disappears.
      if (chance(0.5)) {
        Collections.rotate(present, 1 + random.nextInt(present.size()));
      } else {
        late.add(present.remove(random.nextInt(present.size())));
      }
    }
  }

  private MeetingRegistry snapshot() {
    return new MeetingRegistry(MEETING, present, meeting);
  }

  private Observation event() {
    double kind = random.nextDouble();
    if (kind < 0.15) {
      return breakoutMove();
    }
    if (kind < 0.2) {
      return bind();
    }
    if (kind < 0.35) {
      return forwardedLinkUse();
    }
    return mainSessionEvent();
  }

  /**
   * A link used by its owner and by others (user ids 40–45): an event through one issued link
   * (registrant id or customer key; the host's through the host's Zoom user id) under the owner's
   * registered name (as typed, reordered or upper-cased), a stranger's name (now and then another
   * invitee's, with an email), a device name or a partial name. With the shuffled arrival the owner
   * comes late as often as early.
   */
  private Observation forwardedLinkUse() {
    List<RegistryLink> links = new ArrayList<>(present);
    links.addAll(late);
    if (links.isEmpty()) {
      return mainSessionEvent();
    }
    RegistryLink link = links.get(random.nextInt(links.size()));
    String user = String.valueOf(40 + random.nextInt(6));
    String name =
        switch (random.nextInt(6)) {
          case 0, 1 -> ownerName(link);
          case 2 -> pick(new String[] {"Erin Fischer", "Kevin Park", "Student Sam"});
          case 3 -> pick(new String[] {"Jonas Berg", "Ana Silva", "Lea Late"});
          case 4 -> pick(new String[] {"user", "iPhone", "DESKTOP-4F2"});
          default -> link.firstName();
        };
    boolean host = link.role() == LinkRole.HOST;
    String zoomUser = host ? pick(new String[] {HOST_ZOOM_ID, "ZU-1"}) : null;
    String registrant = host ? null : link.registrantId();
    String customerKey = registrant == null || chance(0.3) ? link.customerKey() : null;
    ZoomParticipant p =
        new ZoomParticipant(
            user,
            chance(0.2) ? "PU-" + random.nextInt(6) : null,
            name,
            chance(0.2) ? pick(EMAILS) : null,
            zoomUser,
            chance(0.85) ? registrant : null,
            customerKey,
            null);
    ParticipantAction action =
        chance(0.7)
            ? pick(
                new ParticipantAction[] {
                  ParticipantAction.JOINED, ParticipantAction.JOINED, ParticipantAction.LEFT
                })
            : pick(COMMON_ACTIONS);
    return observation(action, p);
  }

  private String ownerName(RegistryLink link) {
    return switch (random.nextInt(3)) {
      case 0 -> link.displayName();
      case 1 -> link.lastName() + ", " + link.firstName();
      default -> link.displayName().toUpperCase(Locale.ROOT);
    };
  }

  /**
   * A breakout room's join or leave: the room's own connection (user ids 20–29), its {@code
   * parent_user_id} one of the main-session users (now and then one never seen, or none).
   */
  private Observation breakoutMove() {
    String parent = chance(0.9) ? String.valueOf(random.nextInt(chance(0.9) ? 14 : 40)) : null;
    ZoomParticipant p =
        new ZoomParticipant(
            String.valueOf(20 + random.nextInt(10)),
            chance(0.2) ? "PU-" + random.nextInt(6) : null,
            chance(0.7) ? pick(DISPLAY_NAMES) : null,
            null,
            null,
            chance(0.5) ? pick(REGISTRANT_IDS) : null,
            null,
            null,
            parent,
            "BR-" + random.nextInt(3),
            null,
            null);
    ParticipantAction action = chance(0.5) ? ParticipantAction.JOINED : ParticipantAction.LEFT;
    return observation(action, p);
  }

  /** A phone leg (user ids 30–33) bound to a main-session connection, no registrant id. */
  private Observation bind() {
    ZoomParticipant p =
        new ZoomParticipant(
            String.valueOf(30 + random.nextInt(4)),
            null,
            "+1 555 0100 " + random.nextInt(10),
            null,
            null,
            null,
            null,
            "+1555010000" + random.nextInt(10),
            null,
            null,
            chance(0.9)
                ? String.valueOf(random.nextInt(14))
                : String.valueOf(30 + random.nextInt(4)),
            null);
    ParticipantAction action = chance(0.6) ? ParticipantAction.BIND : pick(COMMON_ACTIONS);
    // A phone leg's joined and left carry no bind: only the bind event names the other leg.
    if (action != ParticipantAction.BIND) {
      p =
          new ZoomParticipant(
              p.userId(), null, p.userName(), null, null, null, null, p.phoneNumber());
    }
    return observation(action, p);
  }

  private Observation observation(ParticipantAction action, ZoomParticipant p) {
    return new Observation(
        "src-" + (++events),
        ConnectionKeys.of(p),
        action,
        chance(0.03) ? null : Fixtures.at(random.nextInt(61)),
        p);
  }

  private Observation mainSessionEvent() {
    int user = random.nextInt(14);
    String name = chance(0.6) ? DISPLAY_NAMES[user % DISPLAY_NAMES.length] : pick(DISPLAY_NAMES);
    ZoomParticipant p =
        new ZoomParticipant(
            chance(0.9) ? String.valueOf(user) : null,
            chance(0.4) ? "PU-" + random.nextInt(6) : null,
            name,
            chance(0.25) ? pick(EMAILS) : null,
            chance(0.25) ? pick(ZOOM_USERS) : null,
            chance(0.55) ? pick(REGISTRANT_IDS) : null,
            chance(0.2) ? pick(new String[] {"CK-0", "CK-1", "CK-2", "CK-HOST", "CK-X"}) : null,
            null);
    ParticipantAction action =
        chance(0.85) ? pick(COMMON_ACTIONS) : pick(ParticipantAction.values());
    return new Observation(
        "src-" + (++events),
        ConnectionKeys.of(p),
        action,
        chance(0.03) ? null : Fixtures.at(random.nextInt(61)),
        p);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }
}
