package io.rollcall.simulator.service;

import io.rollcall.simulator.domain.JoinSpec;
import io.rollcall.simulator.domain.Meeting;
import io.rollcall.simulator.domain.Panelist;
import io.rollcall.simulator.domain.Registrant;
import io.rollcall.simulator.domain.Via;
import io.rollcall.simulator.domain.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what a joining client presents (link, token, ZAK, pin) into who Zoom thinks it is. */
@ApplicationScoped
public class JoinResolver {

  private static final Pattern TK = Pattern.compile("[?&]tk=([^&]+)");
  private static final Pattern ZAK = Pattern.compile("[?&]zak=([^&]+)");

  private final SimState state;
  private final TokenService tokens;

  public JoinResolver(SimState state, TokenService tokens) {
    this.state = state;
    this.tokens = tokens;
  }

  public JoinSpec resolve(Meeting meeting, JoinRequest r) {
    if (r.via() == null) {
      throw new SimException(400, "via is required: " + java.util.Arrays.toString(Via.values()));
    }
    ZoomUser signedIn = signedIn(meeting, r.signedInAs());
    return switch (r.via()) {
      case REGISTRANT_LINK ->
          spec(r, registrant(meeting, r).orElseThrow(() -> noLink(r)), signedIn, null);
      case SDK -> spec(r, registrant(meeting, r).orElse(null), signedIn, r.customerKey());
      case ZOOM_USER -> {
        if (signedIn == null) {
          throw new SimException(400, "via zoom_user needs signed_in_as (a Zoom user's email)");
        }
        yield spec(r, null, signedIn, null);
      }
      case GUEST -> spec(r, null, null, null);
      case PHONE -> spec(r, byPin(meeting, r.participantPinCode()), null, null);
      case START_URL -> spec(r, null, host(meeting, r), null);
      case PANELIST_LINK ->
          new JoinSpec(
              r.via(), null, signedIn, r.userName(), r.email(), null, null, panelist(meeting, r));
    };
  }

  /** A webinar panelist named by the link's {@code tk}, its join_url or their email. */
  private Panelist panelist(Meeting meeting, JoinRequest r) {
    if (!meeting.webinar()) {
      throw new SimException(400, "via panelist_link needs a webinar; " + meeting.id() + " is not");
    }
    String tk = r.tk() != null ? r.tk() : tokenIn(r.joinUrl(), TK);
    Optional<Panelist> found = Optional.empty();
    if (tk != null) {
      found = meeting.panelistByToken(tk);
    } else if (r.registrantEmail() != null) {
      found = meeting.panelistByEmail(r.registrantEmail());
    }
    return found.orElseThrow(
        () ->
            new SimException(
                404, "no panelist matches tk/join_url/registrant_email of " + r.person()));
  }

  private JoinSpec spec(JoinRequest r, Registrant registrant, ZoomUser user, String customerKey) {
    return new JoinSpec(
        r.via(), registrant, user, r.userName(), r.email(), customerKey, r.phoneNumber());
  }

  private ZoomUser signedIn(Meeting meeting, String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    // A user of the meeting's account, or else a user of some other Zoom account.
    return state.accounts().signedIn(meeting.accountId(), email);
  }

  private Optional<Registrant> registrant(Meeting meeting, JoinRequest r) {
    Optional<Registrant> found = Optional.empty();
    String tk = r.tk() != null ? r.tk() : tokenIn(r.joinUrl(), TK);
    if (tk != null) {
      found = meeting.registrantByToken(tk);
    } else if (r.registrantId() != null) {
      found = Optional.ofNullable(meeting.registrants().get(r.registrantId()));
    } else if (r.registrantEmail() != null) {
      found = meeting.registrantByEmail(r.registrantEmail());
    }
    found.ifPresent(
        reg -> {
          if (!reg.hasUsableLink()) {
            throw new SimException(
                409, "registrant " + reg.id() + " is " + reg.status().wire() + ": link refused");
          }
        });
    return found;
  }

  private static Registrant byPin(Meeting meeting, Integer pin) {
    return pin == null ? null : meeting.registrantByPin(pin).orElse(null);
  }

  /** The start_url's ZAK must be live and the host's (ZOOM-FACTS §3.4, §4.12). */
  private ZoomUser host(Meeting meeting, JoinRequest r) {
    String zak = r.zak() != null ? r.zak() : tokenIn(r.startUrl(), ZAK);
    if (zak == null) {
      return meeting.host();
    }
    var live =
        tokens
            .validZak(zak)
            .orElseThrow(() -> new SimException(403, "the start link's ZAK is expired or unknown"));
    if (!live.userId().equals(meeting.host().id())) {
      throw new SimException(403, "the ZAK does not belong to this meeting's host");
    }
    return meeting.host();
  }

  private static SimException noLink(JoinRequest r) {
    return new SimException(
        404, "no registrant matches tk/join_url/registrant_id/registrant_email of " + r.person());
  }

  private static String tokenIn(String url, Pattern pattern) {
    if (url == null) {
      return null;
    }
    Matcher m = pattern.matcher(url);
    return m.find() ? m.group(1) : null;
  }
}
