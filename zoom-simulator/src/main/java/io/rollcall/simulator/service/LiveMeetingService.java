package io.rollcall.simulator.service;

import static io.rollcall.simulator.domain.ParticipantEvents.ADMITTED;
import static io.rollcall.simulator.domain.ParticipantEvents.BIND;
import static io.rollcall.simulator.domain.ParticipantEvents.JBH_JOINED;
import static io.rollcall.simulator.domain.ParticipantEvents.JBH_WAITING;
import static io.rollcall.simulator.domain.ParticipantEvents.JBH_WAITING_LEFT;
import static io.rollcall.simulator.domain.ParticipantEvents.JOINED;
import static io.rollcall.simulator.domain.ParticipantEvents.JOINED_BREAKOUT_ROOM;
import static io.rollcall.simulator.domain.ParticipantEvents.JOINED_WAITING_ROOM;
import static io.rollcall.simulator.domain.ParticipantEvents.LEFT;
import static io.rollcall.simulator.domain.ParticipantEvents.LEFT_BREAKOUT_ROOM;
import static io.rollcall.simulator.domain.ParticipantEvents.LEFT_WAITING_ROOM;
import static io.rollcall.simulator.domain.ParticipantEvents.PUT_IN_WAITING_ROOM;
import static io.rollcall.simulator.domain.ParticipantEvents.ROLE_CHANGED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Connection;
import io.rollcall.simulator.domain.ConnectionStatus;
import io.rollcall.simulator.domain.JoinSpec;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.MeetingInstance;
import io.rollcall.simulator.domain.ParticipantEvents;
import io.rollcall.simulator.domain.ParticipantEvents.Extra;
import io.rollcall.simulator.domain.ParticipantFields;
import io.rollcall.simulator.domain.ParticipantIdentity;
import io.rollcall.simulator.domain.Quirks;
import io.rollcall.simulator.domain.Via;
import io.rollcall.simulator.domain.WebhookEvent;
import io.rollcall.simulator.domain.ZoomTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Meetings that happen: start, join, wait, leave, rejoin, change role, breakout rooms, phone legs,
 * end; each happening emits the webhooks Zoom would send, in Zoom's order, with the meeting's
 * quirks.
 *
 * <p>Breakout rooms: moving from the main session into a room ends the main connection ({@code
 * participant_left}, reason "Join breakout room.") and opens the room's connection ({@code
 * participant_joined_breakout_room}: a new {@code user_id}, {@code parent_user_id} = the main one,
 * the room in {@code breakout_room_uuid}); moving between rooms is a room leave then a room join;
 * going back is a room leave then a {@code participant_joined} under a new {@code user_id}. The
 * {@code participant_uuid} (Zoom's persistent id) survives every move.
 */
@ApplicationScoped
public class LiveMeetingService {

  private final SimState state;
  private final JoinResolver resolver;
  private final WebhookSender sender;
  private final ObjectMapper mapper;
  private final Map<String, JoinRequest> lastJoin = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Connection>> waitingForHost = new ConcurrentHashMap<>();
  private final Map<String, WebhookEvent> heldLefts = new ConcurrentHashMap<>();
  private final AtomicInteger handles = new AtomicInteger();

  public LiveMeetingService(
      SimState state, JoinResolver resolver, WebhookSender sender, ObjectMapper mapper) {
    this.state = state;
    this.resolver = resolver;
    this.sender = sender;
    this.mapper = mapper;
  }

  public void reset() {
    lastJoin.clear();
    waitingForHost.clear();
    heldLefts.clear();
    handles.set(0);
  }

  /** Starts an instance (meeting.started) without anyone joining; jbh waiters come in. */
  public InstanceView start(String meetingId, Instant at, String uuid) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      if (meeting.live().isPresent()) {
        throw new SimException(409, "meeting " + meetingId + " is already running");
      }
      if (uuid != null && !uuid.isBlank()) {
        meeting.nextUuid(uuid);
      }
      startInstance(meeting, time(at));
      admitWaitersForHost(meeting, time(at));
      return view(meeting);
    }
  }

  public ConnectionView join(String meetingId, JoinRequest request) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      String person = request.person() != null ? request.person() : "p" + handles.incrementAndGet();
      JoinRequest full =
          new JoinRequest(
                  person,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  request.at())
              .orElse(request);
      if (openConnection(meeting, person) != null) {
        throw new SimException(409, "person " + person + " is already connected; leave first");
      }
      JoinSpec spec = resolver.resolve(meeting, full);
      lastJoin.put(key(meeting, person), full);
      return ConnectionView.of(connect(meeting, person, spec, time(request.at())), uuidOf(meeting));
    }
  }

  /** Leaves whatever the person is in: the meeting, the waiting room, or waiting for the host. */
  public ConnectionView leave(String meetingId, String person, String reason, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      Connection c = requireOpen(meeting, person);
      disconnect(meeting, c, reason, time(at));
      return ConnectionView.of(c, uuidOf(meeting));
    }
  }

  /**
   * Joins again as last time, with any changes given (e.g. from a phone). A person still connected
   * drops first ("got disconnected").
   */
  public ConnectionView rejoin(String meetingId, String person, JoinRequest changes) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      JoinRequest earlier = lastJoin.get(key(meeting, person));
      if (earlier == null) {
        throw new SimException(404, "person " + person + " never joined meeting " + meetingId);
      }
      Instant at = time(changes == null ? null : changes.at());
      Connection open = openConnection(meeting, person);
      if (open != null) {
        disconnect(meeting, open, "disconnected", at);
      }
      JoinRequest next = changes == null ? earlier : changes.orElse(earlier);
      JoinSpec spec = resolver.resolve(meeting, next);
      lastJoin.put(key(meeting, person), next);
      return ConnectionView.of(connect(meeting, person, spec, at), uuidOf(meeting));
    }
  }

  public ConnectionView admit(String meetingId, String person, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      Connection c = requireOpen(meeting, person);
      if (c.status() != ConnectionStatus.WAITING_ROOM) {
        throw new SimException(409, person + " is not in the waiting room");
      }
      Instant when = time(at);
      emitParticipant(meeting, ADMITTED, c, Extra.at(when));
      enterMeeting(meeting, c, when);
      return ConnectionView.of(c, uuidOf(meeting));
    }
  }

  /**
   * The host moves someone back to the waiting room: their connection ends, a waiting one opens.
   */
  public ConnectionView putInWaitingRoom(String meetingId, String person, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      Connection c = requireOpen(meeting, person);
      if (c.status() != ConnectionStatus.IN_MEETING) {
        throw new SimException(409, person + " is not in the meeting");
      }
      Instant when = time(at);
      disconnect(meeting, c, "put in waiting room", when);
      MeetingInstance live = meeting.live().orElseThrow();
      Connection waiting = newConnection(meeting, person, lastSpec(meeting, person), live);
      waiting.status(ConnectionStatus.WAITING_ROOM);
      live.add(waiting);
      emitParticipant(meeting, PUT_IN_WAITING_ROOM, waiting, Extra.at(when));
      return ConnectionView.of(waiting, uuidOf(meeting));
    }
  }

  public ConnectionView changeRole(String meetingId, String person, String newRole, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      Connection c = requireOpen(meeting, person);
      if (c.status() != ConnectionStatus.IN_MEETING) {
        throw new SimException(409, person + " is not in the meeting");
      }
      String oldRole = c.role();
      c.role(newRole);
      boolean drop = quirks(meeting).is(quirks(meeting).dropRegistrantIdOnRoleChanged());
      emitParticipant(meeting, ROLE_CHANGED, c, new Extra(time(at), null, oldRole, newRole, drop));
      return ConnectionView.of(c, uuidOf(meeting));
    }
  }

  /** Ends the instance: everyone still there leaves ("Host ended the meeting."), then ended. */
  public InstanceView end(String meetingId, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      MeetingInstance live =
          meeting
              .live()
              .orElseThrow(() -> new SimException(409, "meeting " + meetingId + " is not running"));
      Instant when = time(at);
      releaseHeldLefts(meeting, null);
      for (Connection c : List.copyOf(live.connections())) {
        if (c.status() != ConnectionStatus.LEFT) {
          disconnect(meeting, c, "host ended", when);
        }
      }
      waitingForHost.remove(meeting.id());
      meeting.endLive(when, state.ids().instanceUuid());
      emit(meeting, live.uuid(), state.events().ended(live));
      InstanceView view = viewOf(meeting, live);
      lastJoin.keySet().removeIf(k -> k.startsWith(meeting.id() + "|"));
      return view;
    }
  }

  /** Opens breakout rooms by name (each gets a {@code breakout_room_uuid}); answers all rooms. */
  public Map<String, String> openBreakoutRooms(String meetingId, List<String> names) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      MeetingInstance live = requireLive(meeting);
      if (meeting.webinar()) {
        throw new SimException(409, "webinars have no breakout rooms");
      }
      if (names == null || names.isEmpty()) {
        throw new SimException(400, "name at least one room");
      }
      for (String name : names) {
        live.breakoutRooms().computeIfAbsent(name, n -> state.ids().instanceUuid());
      }
      return Map.copyOf(live.breakoutRooms());
    }
  }

  /**
   * Moves a person into a breakout room by name, or back to the main session ({@value #MAIN}):
   * main↔room and room↔room, with the events Zoom sends for each (see the class comment).
   */
  public ConnectionView move(String meetingId, String person, String room, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      String target = room == null || room.isBlank() ? MAIN : room;
      return ConnectionView.of(moveLocked(meeting, person, target, time(at)), uuidOf(meeting));
    }
  }

  /** Moves several people at once (the host's assignment), in the order given. */
  public List<ConnectionView> assign(String meetingId, Map<String, String> rooms, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      List<ConnectionView> moved = new ArrayList<>();
      rooms.forEach(
          (person, room) ->
              moved.add(
                  ConnectionView.of(moveLocked(meeting, person, room, time(at)), uuidOf(meeting))));
      return moved;
    }
  }

  /** Closes every breakout room: everyone in one goes back to the main session. */
  public InstanceView closeBreakoutRooms(String meetingId, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      MeetingInstance live = requireLive(meeting);
      for (Connection c : List.copyOf(live.connections())) {
        if (c.inBreakoutRoom() && c.status() == ConnectionStatus.IN_MEETING) {
          moveLocked(meeting, c.person(), MAIN, time(at));
        }
      }
      live.breakoutRooms().clear();
      return view(meeting);
    }
  }

  /**
   * The person's phone joins as a second leg (person {@code <person>-phone}, no registrant id) and
   * Zoom binds it to their computer connection: {@code participant_joined} of the leg, then {@code
   * meeting.participant_bind} ({@code user_id} = the leg, {@code bind_user_id} = the computer).
   */
  public ConnectionView bindPhone(String meetingId, String person, String phoneNumber, Instant at) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      Connection computer = requireOpen(meeting, person);
      if (computer.status() != ConnectionStatus.IN_MEETING) {
        throw new SimException(409, person + " is not in the meeting");
      }
      String leg = person + PHONE_LEG;
      if (openConnection(meeting, leg) != null) {
        throw new SimException(409, leg + " is already connected");
      }
      String number = phoneNumber == null || phoneNumber.isBlank() ? "+15550100" : phoneNumber;
      var fields =
          new ParticipantFields(
              meeting.nextUserId(),
              state.ids().participantUuid(),
              number,
              "",
              "",
              "",
              "",
              number,
              false);
      Connection phone = new Connection(leg, fields, ConnectionStatus.IN_MEETING);
      phone.boundTo(computer);
      MeetingInstance live = meeting.live().orElseThrow();
      live.add(phone);
      Instant when = time(at);
      enterMeeting(meeting, phone, when);
      emitParticipant(meeting, BIND, phone, Extra.at(when));
      return ConnectionView.of(phone, uuidOf(meeting));
    }
  }

  /** The room name that means the main session in {@link #move}. */
  public static final String MAIN = "main";

  /** Suffix of a phone leg's person handle. */
  public static final String PHONE_LEG = "-phone";

  private Connection moveLocked(Meeting meeting, String person, String room, Instant at) {
    MeetingInstance live = requireLive(meeting);
    Connection from = requireOpen(meeting, person);
    if (from.status() != ConnectionStatus.IN_MEETING) {
      throw new SimException(409, person + " is not in the meeting");
    }
    String target = MAIN.equals(room) ? null : live.breakoutRooms().get(room);
    if (!MAIN.equals(room) && target == null) {
      throw new SimException(404, "no open breakout room '" + room + "'");
    }
    if (java.util.Objects.equals(target, from.breakoutRoomUuid())) {
      return from;
    }
    String parent = from.inBreakoutRoom() ? from.parentUserId() : from.fields().userId();
    String name = from.fields().userName();
    disconnect(
        meeting,
        from,
        name
            + " left the meeting.<br>Reason: "
            + (from.inBreakoutRoom() ? "Leave breakout room." : "Join breakout room."),
        at);
    Connection to =
        new Connection(
            person,
            from.fields().withUserId(meeting.nextUserId()),
            ConnectionStatus.IN_MEETING,
            target,
            target == null ? null : parent);
    to.role(from.role());
    live.add(to);
    enterMeeting(meeting, to, at);
    return to;
  }

  private static MeetingInstance requireLive(Meeting meeting) {
    return meeting
        .live()
        .orElseThrow(() -> new SimException(409, "meeting " + meeting.id() + " is not running"));
  }

  public InstanceView current(String meetingId) {
    Meeting meeting = state.meeting(meetingId);
    synchronized (meeting) {
      return view(meeting);
    }
  }

  // ---- what happens on each transition ----

  private Connection connect(Meeting meeting, String person, JoinSpec spec, Instant at) {
    boolean host = spec.via() == Via.START_URL;
    if (meeting.live().isEmpty()) {
      if (host) {
        startInstance(meeting, at);
        Connection c = newConnection(meeting, person, spec, meeting.live().get());
        meeting.live().get().add(c);
        c.role("host");
        enterMeeting(meeting, c, at);
        admitWaitersForHost(meeting, at);
        return c;
      } else if (joinBeforeHost(meeting)) {
        startInstance(meeting, at);
        Connection c = newConnection(meeting, person, spec, meeting.live().get());
        meeting.live().get().add(c);
        emitParticipant(meeting, JBH_JOINED, c, Extra.at(at));
        enterMeeting(meeting, c, at);
        return c;
      } else {
        Connection c = newConnection(meeting, person, spec, null);
        c.status(ConnectionStatus.JBH_WAITING);
        waitingForHost.computeIfAbsent(meeting.id(), id -> new LinkedHashMap<>()).put(person, c);
        emitParticipant(meeting, JBH_WAITING, c, Extra.at(at));
        return c;
      }
    }
    MeetingInstance live = meeting.live().get();
    Connection c = newConnection(meeting, person, spec, live);
    live.add(c);
    if (host) {
      c.role("host");
    }
    if (!host && meeting.setting("waiting_room")) {
      c.status(ConnectionStatus.WAITING_ROOM);
      emitParticipant(meeting, JOINED_WAITING_ROOM, c, Extra.at(at));
    } else {
      enterMeeting(meeting, c, at);
    }
    return c;
  }

  private void enterMeeting(Meeting meeting, Connection c, Instant at) {
    c.joined(at);
    emitParticipant(
        meeting, c.inBreakoutRoom() ? JOINED_BREAKOUT_ROOM : JOINED, c, breakout(meeting, c, at));
    releaseHeldLefts(meeting, c.person());
  }

  private void disconnect(Meeting meeting, Connection c, String reason, Instant at) {
    ConnectionStatus was = c.status();
    c.left(at, leaveReason(c, reason));
    switch (was) {
      case JBH_WAITING -> {
        waitingForHost.getOrDefault(meeting.id(), Map.of()).remove(c.person());
        emitParticipant(meeting, JBH_WAITING_LEFT, c, Extra.at(at));
      }
      case WAITING_ROOM -> emitParticipant(meeting, LEFT_WAITING_ROOM, c, Extra.at(at));
      case IN_MEETING -> emitLeft(meeting, c, at);
      case LEFT -> {}
    }
  }

  /** The late-left quirk holds a left back until the same person's next joined. */
  private void emitLeft(Meeting meeting, Connection c, Instant at) {
    ObjectNode body =
        state
            .events()
            .participantEvent(
                c.inBreakoutRoom() ? LEFT_BREAKOUT_ROOM : LEFT,
                meeting,
                uuidOf(meeting),
                startOf(meeting),
                c,
                new Extra(at, c.leaveReason(), null, null, dropsIds(meeting, c)));
    WebhookEvent event = event(meeting, uuidOf(meeting), body);
    Quirks quirks = quirks(meeting);
    boolean endingEveryone = c.leaveReason().endsWith("Host ended the meeting.");
    if (quirks.is(quirks.lateLeftOnRejoin()) && !endingEveryone) {
      heldLefts.put(uuidOf(meeting) + "|" + c.person(), event);
    } else {
      sender.emit(event, quirks);
    }
  }

  private void releaseHeldLefts(Meeting meeting, String person) {
    String prefix = uuidOf(meeting) + "|";
    heldLefts
        .entrySet()
        .removeIf(
            e -> {
              boolean mine =
                  e.getKey().startsWith(prefix)
                      && (person == null || e.getKey().equals(prefix + person));
              if (mine) {
                sender.emit(e.getValue(), quirks(meeting));
              }
              return mine;
            });
  }

  private void startInstance(Meeting meeting, Instant at) {
    MeetingInstance live = meeting.startInstance(at);
    emit(meeting, live.uuid(), state.events().started(live));
  }

  /** People who were waiting for the host come in (or go to the waiting room) once it starts. */
  private void admitWaitersForHost(Meeting meeting, Instant at) {
    MeetingInstance live = meeting.live().orElseThrow();
    Map<String, Connection> waiters = waitingForHost.remove(meeting.id());
    if (waiters == null) {
      return;
    }
    for (Connection c : waiters.values()) {
      live.add(c);
      if (meeting.setting("waiting_room")) {
        c.status(ConnectionStatus.WAITING_ROOM);
        emitParticipant(meeting, JOINED_WAITING_ROOM, c, Extra.at(at));
      } else {
        enterMeeting(meeting, c, at);
      }
    }
  }

  private Connection newConnection(
      Meeting meeting, String person, JoinSpec spec, MeetingInstance instance) {
    Connection previous = instance == null ? null : instance.last(person).orElse(null);
    var fields =
        ParticipantIdentity.of(
            spec, quirks(meeting), meeting, previous, state.ids().osUserName(), state.ids());
    return new Connection(person, fields, ConnectionStatus.IN_MEETING);
  }

  private JoinSpec lastSpec(Meeting meeting, String person) {
    return resolver.resolve(meeting, lastJoin.get(key(meeting, person)));
  }

  private static String leaveReason(Connection c, String reason) {
    String name = c.fields().userName();
    String r = reason == null ? "left" : reason;
    return switch (r) {
      case "left" -> name + " left the meeting.<br>Reason: left the meeting.";
      case "disconnected" ->
          name + " got disconnected from the meeting.<br>Reason: Network connection error.";
      case "host ended" -> name + " left the meeting.<br>Reason: Host ended the meeting.";
      case "removed" -> name + " left the meeting.<br>Reason: Removed by host.";
      case "put in waiting room" -> name + " left the meeting.<br>Reason: Put in waiting room.";
      default -> r;
    };
  }

  /** The extra of a join; in a breakout room, the ids quirk applies. */
  private Extra breakout(Meeting meeting, Connection c, Instant at) {
    return new Extra(at, null, null, null, dropsIds(meeting, c));
  }

  private boolean dropsIds(Meeting meeting, Connection c) {
    return c.inBreakoutRoom() && quirks(meeting).is(quirks(meeting).dropIdsInBreakoutRooms());
  }

  private boolean joinBeforeHost(Meeting meeting) {
    return meeting.setting("join_before_host") && !meeting.setting("waiting_room");
  }

  // ---- helpers ----

  private void emitParticipant(Meeting meeting, String event, Connection c, Extra extra) {
    if (!ParticipantEvents.sends(meeting, event)) {
      return;
    }
    ObjectNode body =
        state
            .events()
            .participantEvent(event, meeting, uuidOf(meeting), startOf(meeting), c, extra);
    emit(meeting, uuidOf(meeting), body);
  }

  private void emit(Meeting meeting, String uuid, ObjectNode body) {
    sender.emit(event(meeting, uuid, body), quirks(meeting));
  }

  private WebhookEvent event(Meeting meeting, String uuid, ObjectNode body) {
    try {
      return new WebhookEvent(
          body.get("event").asText(),
          body.get("event_ts").asLong(),
          mapper.writeValueAsString(body),
          uuid,
          meeting.idText(),
          meeting.accountId());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Quirks quirks(Meeting meeting) {
    return state.quirksFor(meeting);
  }

  private Connection openConnection(Meeting meeting, String person) {
    Connection waiting = waitingForHost.getOrDefault(meeting.id(), Map.of()).get(person);
    if (waiting != null) {
      return waiting;
    }
    return meeting.live().flatMap(l -> l.open(person)).orElse(null);
  }

  private Connection requireOpen(Meeting meeting, String person) {
    Connection c = openConnection(meeting, person);
    if (c == null) {
      throw new SimException(409, "person " + person + " is not connected to " + meeting.id());
    }
    return c;
  }

  private static String uuidOf(Meeting meeting) {
    return meeting.live().map(MeetingInstance::uuid).orElse(meeting.nextUuid());
  }

  private static Instant startOf(Meeting meeting) {
    return meeting.live().map(MeetingInstance::startTime).orElse(meeting.startTime());
  }

  private Instant time(Instant at) {
    return at != null ? at : state.clock().now();
  }

  private static String key(Meeting meeting, String person) {
    return meeting.id() + "|" + person;
  }

  private InstanceView view(Meeting meeting) {
    if (meeting.live().isPresent()) {
      return viewOf(meeting, meeting.live().get());
    }
    List<ConnectionView> waiting = new ArrayList<>();
    waitingForHost
        .getOrDefault(meeting.id(), Map.of())
        .values()
        .forEach(c -> waiting.add(ConnectionView.of(c, meeting.nextUuid())));
    return new InstanceView(meeting.idText(), meeting.nextUuid(), "waiting", null, null, waiting);
  }

  private static InstanceView viewOf(Meeting meeting, MeetingInstance instance) {
    return new InstanceView(
        meeting.idText(),
        instance.uuid(),
        instance.ended() ? "ended" : "started",
        ZoomTime.format(instance.startTime()),
        instance.ended() ? ZoomTime.format(instance.endTime()) : null,
        instance.connections().stream().map(c -> ConnectionView.of(c, instance.uuid())).toList());
  }
}
