package io.rollcall.simulator.service;

import io.rollcall.simulator.config.SimConfig;
import io.rollcall.simulator.domain.Account;
import io.rollcall.simulator.domain.AccountCredentials;
import io.rollcall.simulator.domain.Accounts;
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

/**
 * Everything the simulator holds, in memory: the accounts, their meetings, the clock, the quirks.
 * The {@code meeting(id)} look-ups are the control API's view of every account; the {@code
 * meeting(id, accountId)} ones are what one account's Zoom API token may see.
 */
@ApplicationScoped
public class SimState {

  private final SimConfig config;
  private final SimClock clock = new SimClock(Clock.systemUTC());
  private final Map<Long, Meeting> meetings = new ConcurrentHashMap<>();
  private final ParticipantEvents events = new ParticipantEvents();
  private final Accounts accounts;
  private volatile Ids ids;
  private volatile Quirks quirks = Quirks.defaults();

  public SimState(SimConfig config) {
    this.config = config;
    this.ids = new Ids(config.seed());
    this.accounts =
        new Accounts(
            new AccountCredentials(
                config.accountId(),
                config.clientId(),
                config.clientSecret(),
                config.webhook().secret()),
            config.autoLicenseHosts(),
            ids);
    config.accounts().values().forEach(this::registerConfigured);
    reset(config.seed());
  }

  private void registerConfigured(SimConfig.ExtraAccount a) {
    AccountCredentials c =
        new AccountCredentials(a.accountId(), a.clientId(), a.clientSecret(), a.webhookSecret());
    Accounts.Registration outcome = accounts.register(c);
    if (outcome != Accounts.Registration.CREATED) {
      throw new IllegalStateException(
          "zoom-sim.accounts: account " + a.accountId() + " refused: " + outcome);
    }
  }

  /**
   * Forget everything and start again from a seed. Accounts stay (with their credentials), and so
   * do tokens issued before; users, meetings, quirks and the clock offset go.
   */
  public final synchronized void reset(long seed) {
    meetings.clear();
    ids = new Ids(seed);
    accounts.reset(ids);
    Account primary = accounts.primary();
    config.users().orElse(List.of()).forEach(email -> primary.addUser(email, true));
    for (SimConfig.ExtraAccount a : config.accounts().values()) {
      accounts
          .find(a.accountId())
          .ifPresent(acc -> a.users().orElse(List.of()).forEach(e -> acc.addUser(e, true)));
    }
    quirks = Quirks.defaults();
    clock.reset();
  }

  public SimClock clock() {
    return clock;
  }

  public Ids ids() {
    return ids;
  }

  /** The first (configured) account. */
  public Account account() {
    return accounts.primary();
  }

  public Accounts accounts() {
    return accounts;
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
   * The meeting (or webinar) with this id as a token of {@code accountId} sees it: another
   * account's meeting is Zoom's 404/3001, exactly as an unknown one.
   */
  public Meeting meeting(String meetingId, String accountId) {
    Meeting meeting = meeting(meetingId);
    if (!meeting.accountId().equals(accountId)) {
      throw ZoomApiException.meetingNotFound(meetingId);
    }
    return meeting;
  }

  /**
   * The meeting with this id for Zoom's {@code /meetings/...} API and a token of {@code accountId}:
   * a webinar's id there, or another account's meeting, is Zoom's 404/3001 as for an unknown
   * meeting (webinars have their own {@code /webinars/...} API).
   */
  public Meeting meetingNotWebinar(String meetingId, String accountId) {
    Meeting meeting = meeting(meetingId, accountId);
    if (meeting.webinar()) {
      throw ZoomApiException.meetingNotFound(meetingId);
    }
    return meeting;
  }

  /** The webinar with this id for a token of {@code accountId}; another account's is 404/3001. */
  public Meeting webinar(String webinarId, String accountId) {
    Meeting webinar = webinar(webinarId);
    if (!webinar.accountId().equals(accountId)) {
      throw ZoomApiException.webinarNotFound(webinarId);
    }
    return webinar;
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
