package io.rollcall.demo;

import java.time.Duration;
import java.util.List;

/**
 * The seed scenario: the cases Zoom's own reports get wrong, on a 55-minute meeting. Times are
 * offsets on the scenario clock from the scheduled start.
 *
 * <ul>
 *   <li>Alice joins first through her own link, signed out: Zoom calls her "user".
 *   <li>A guest joins through the generic link; the client reports the computer's name.
 *   <li>Carol joins, drops, and comes back by phone with her participant PIN.
 *   <li>The host joins late through the start link.
 *   <li>Dan forwarded his link to Erin: both are in on it at the same time.
 * </ul>
 */
public final class SeedScenario {

  /** An invitee as registered through meeting-service. */
  public record Invitee(String ref, String email, String firstName, String lastName) {}

  public static final String HOST = "host@acme.test";
  public static final String TOPIC = "Quarterly onboarding";
  public static final int DURATION_MINUTES = 60;

  public static final Invitee ALICE = new Invitee("alice", "alice@acme.test", "Alice", "Adams");
  public static final Invitee CAROL = new Invitee("carol", "carol@acme.test", "Carol", "Chen");
  public static final Invitee DAN = new Invitee("dan", "dan@acme.test", "Dan", "Dorsey");
  public static final List<Invitee> INVITEES = List.of(ALICE, CAROL, DAN);

  public static final String ALICE_CLIENT_NAME = "user";
  public static final String GUEST_CLIENT_NAME = "DESKTOP-4F7K2Q1";
  public static final String ERIN_NAME = "Erin Fischer";
  public static final String CAROL_PHONE = "+49 30 5550 1234";

  public static final Duration ALICE_JOINS = Duration.ofSeconds(30);
  public static final Duration GUEST_JOINS = Duration.ofSeconds(70);
  public static final Duration CAROL_JOINS = Duration.ofMinutes(2);
  public static final Duration HOST_JOINS = Duration.ofMinutes(4);
  public static final Duration ERIN_JOINS_ON_DANS_LINK = Duration.ofMinutes(6);
  public static final Duration DAN_JOINS = Duration.ofMinutes(8);
  public static final Duration CAROL_DROPS = Duration.ofMinutes(20);
  public static final Duration CAROL_REJOINS_BY_PHONE = Duration.ofSeconds(21 * 60 + 30);
  public static final Duration GUEST_LEAVES = Duration.ofMinutes(40);
  public static final Duration MEETING_ENDS = Duration.ofMinutes(55);

  /** Connections Zoom reports: alice, guest, carol twice, host, erin, dan. */
  public static final int CONNECTIONS = 7;

  private SeedScenario() {}
}
