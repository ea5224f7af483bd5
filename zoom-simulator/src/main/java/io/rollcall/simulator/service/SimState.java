package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.Account;
import io.rollcall.simulator.domain.Ids;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.ParticipantEvents;
import io.rollcall.simulator.domain.Quirks;
import io.rollcall.simulator.domain.SimClock;
import io.rollcall.simulator.domain.ZoomApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the simulator holds, in memory: the account, its meetings, the clock, the quirks. */
@ApplicationScoped
public class SimState {

  private final SimConfig config;
  private final SimClock clock = new SimClock(Clock.systemUTC());
  private final Map<Long, Meeting> meetings = new ConcurrentHashMap<>();
  private final ParticipantEvents events;
  private volatile Ids ids;
  private volatile Account account;
  private volatile Quirks quirks = Quirks.defaults();

  public SimState(SimConfig config) {
    this.config = config;
    this.events = new ParticipantEvents(config.accountId());
    reset(config.seed());
  }

  /** Forget everything and start again from a seed (tokens issued before stay valid). */
  public final synchronized void reset(long seed) {
    meetings.clear();
    ids = new Ids(seed);
    account = new Account(config.accountId(), ids, config.autoLicenseHosts());
    config.users().orElse(List.of()).forEach(email -> account.addUser(email, true));
    quirks = Quirks.defaults();
    clock.reset();
  }

  public SimClock clock() {
    return clock;
  }

  public Ids ids() {
    return ids;
  }

  public Account account() {
    return account;
  }

  public ParticipantEvents events() {
    return events;
  }

  public Quirks globalQuirks() {
    return quirks;
  }

  public void globalQuirks(Quirks changes) {
    quirks = changes.over(quirks);
  }

  /** The quirks in force for one meeting. */
  public Quirks quirksFor(Meeting meeting) {
    return meeting.quirks() == null ? quirks : meeting.quirks().over(quirks);
  }

  public void add(Meeting meeting) {
    meetings.put(meeting.id(), meeting);
  }

  public Meeting remove(long id) {
    return meetings.remove(id);
  }

  public Meeting meeting(String meetingId) {
    Meeting meeting = null;
    try {
      meeting = meetings.get(Long.parseLong(meetingId));
    } catch (NumberFormatException e) {
      // not a meeting number: fall through to not found
    }
    if (meeting == null) {
      throw ZoomApiException.meetingNotFound(meetingId);
    }
    return meeting;
  }

  /**
   * The meeting with this id for Zoom's {@code /meetings/...} API: a webinar's id there is Zoom's
   * 404/3001 as for an unknown meeting (webinars have their own {@code /webinars/...} API).
   */
  public Meeting meetingNotWebinar(String meetingId) {
    Meeting meeting = meeting(meetingId);
    if (meeting.webinar()) {
      throw ZoomApiException.meetingNotFound(meetingId);
    }
    return meeting;
  }

  /** The webinar with this id; a meeting's id (or an unknown one) is Zoom's 404/3001. */
  public Meeting webinar(String webinarId) {
    Meeting meeting;
    try {
      meeting = meeting(webinarId);
    } catch (ZoomApiException e) {
      throw ZoomApiException.webinarNotFound(webinarId);
    }
    if (!meeting.webinar()) {
      throw ZoomApiException.webinarNotFound(webinarId);
    }
    return meeting;
  }

  public Collection<Meeting> meetings() {
    return meetings.values();
  }
}
