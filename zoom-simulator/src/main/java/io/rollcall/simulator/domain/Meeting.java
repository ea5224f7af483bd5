package io.rollcall.simulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled Zoom meeting or webinar: its settings, registrants (and a webinar's panelists) and
 * the instances that happened. Zoom numbers meetings and webinars from one space; a webinar's
 * instances send the {@code webinar.*} webhooks instead of {@code meeting.*}.
 */
public final class Meeting {

  private final long id;
  private final String accountId;
  private final ZoomUser host;
  private final Instant createdAt;
  private final Map<String, Registrant> registrants = new LinkedHashMap<>();
  private final Map<String, Panelist> panelists = new LinkedHashMap<>();
  private boolean webinar;
  private final List<MeetingInstance> instances = new ArrayList<>();
  private long userIdCounter;
  private String nextUuid;
  private String topic;
  private int type;
  private Instant startTime;
  private int duration;
  private String timezone;
  private String password;
  private String agenda;
  private ObjectNode settings;
  private ObjectNode recurrence;
  private Quirks quirks;
  private MeetingInstance live;

  /** A meeting of {@code accountId}, the account of its {@code host}. */
  public Meeting(long id, String firstUuid, String accountId, ZoomUser host, Instant createdAt) {
    this.id = id;
    this.accountId = accountId;
    this.nextUuid = firstUuid;
    this.host = host;
    this.createdAt = createdAt;
  }

  public long id() {
    return id;
  }

  public String idText() {
    return Long.toString(id);
  }

  /** The Zoom account the meeting belongs to: only its tokens see it, its webhooks name it. */
  public String accountId() {
    return accountId;
  }

  public ZoomUser host() {
    return host;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The uuid the next instance will get (Zoom's create response already carries it). */
  public String nextUuid() {
    return nextUuid;
  }

  public void nextUuid(String uuid) {
    this.nextUuid = uuid;
  }

  public String topic() {
    return topic;
  }

  public void topic(String topic) {
    this.topic = topic;
  }

  public int type() {
    return type;
  }

  public void type(int type) {
    this.type = type;
  }

  /** Recurring meetings (3: no fixed time, 8: fixed time) and webinars (6, 9). */
  public boolean recurring() {
    return type == 3 || type == 8 || type == 6 || type == 9;
  }

  /** A webinar (created with {@code POST /users/{userId}/webinars}). */
  public boolean webinar() {
    return webinar;
  }

  public void webinar(boolean webinar) {
    this.webinar = webinar;
  }

  /** A webinar's panelists by panelist id, in the order added. */
  public Map<String, Panelist> panelists() {
    return panelists;
  }

  public Optional<Panelist> panelistByToken(String token) {
    return panelists.values().stream().filter(p -> p.token().equals(token)).findFirst();
  }

  public Optional<Panelist> panelistByEmail(String email) {
    return panelists.values().stream().filter(p -> p.email().equalsIgnoreCase(email)).findFirst();
  }

  public Instant startTime() {
    return startTime;
  }

  public void startTime(Instant startTime) {
    this.startTime = startTime;
  }

  public int duration() {
    return duration;
  }

  public void duration(int duration) {
    this.duration = duration;
  }

  public String timezone() {
    return timezone;
  }

  public void timezone(String timezone) {
    this.timezone = timezone;
  }

  public String password() {
    return password;
  }

  public void password(String password) {
    this.password = password;
  }

  public String agenda() {
    return agenda;
  }

  public void agenda(String agenda) {
    this.agenda = agenda;
  }

  public ObjectNode settings() {
    return settings;
  }

  public void settings(ObjectNode settings) {
    this.settings = settings;
  }

  public ObjectNode recurrence() {
    return recurrence;
  }

  public void recurrence(ObjectNode recurrence) {
    this.recurrence = recurrence;
  }

  public boolean setting(String name) {
    return settings.path(name).asBoolean(false);
  }

  public int approvalType() {
    return settings.path("approval_type").asInt(2);
  }

  public boolean registrationEnabled() {
    return approvalType() != 2;
  }

  /** Per-meeting quirk overrides, or null to follow the global ones. */
  public Quirks quirks() {
    return quirks;
  }

  public void quirks(Quirks quirks) {
    this.quirks = quirks;
  }

  public Map<String, Registrant> registrants() {
    return registrants;
  }

  public Optional<Registrant> registrantByToken(String token) {
    return registrants.values().stream().filter(r -> r.token().equals(token)).findFirst();
  }

  public Optional<Registrant> registrantByEmail(String email) {
    return registrants.values().stream().filter(r -> r.email().equalsIgnoreCase(email)).findFirst();
  }

  public Optional<Registrant> registrantByPin(int pin) {
    return registrants.values().stream().filter(r -> r.pinCode() == pin).findFirst();
  }

  /** Numeric-looking per-connection participant ids, like Zoom's "16778240". */
  public String nextUserId() {
    return Long.toString(16_778_240L + 1024L * userIdCounter++);
  }

  public Collection<MeetingInstance> instances() {
    return instances;
  }

  public Optional<MeetingInstance> live() {
    return Optional.ofNullable(live);
  }

  public MeetingInstance startInstance(Instant at) {
    live = new MeetingInstance(nextUuid, this, at);
    instances.add(live);
    return live;
  }

  public void endLive(Instant at, String followingUuid) {
    live.end(at);
    live = null;
    nextUuid = followingUuid;
  }
}
