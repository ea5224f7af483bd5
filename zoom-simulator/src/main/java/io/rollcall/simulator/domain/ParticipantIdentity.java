package io.rollcall.simulator.domain;

/**
 * Decides what Zoom shows of a joining client: which ids, which name, which email. This is where
 * the signed-out, hidden-email and rejoin quirks take effect.
 */
public final class ParticipantIdentity {

  private ParticipantIdentity() {}

  /**
   * @param previous the same person's previous connection in this instance, or null
   * @param defaultName a device-derived name for a signed-out client that sends none
   */
  public static ParticipantFields of(
      JoinSpec spec,
      Quirks quirks,
      Meeting meeting,
      Connection previous,
      String defaultName,
      Ids ids) {
    boolean reuseIds = previous != null && !quirks.is(quirks.newIdsOnRejoin());
    String userId = reuseIds ? previous.fields().userId() : meeting.nextUserId();
    String participantUuid = reuseIds ? previous.fields().participantUuid() : ids.participantUuid();
    ZoomUser user = spec.signedInAs();
    Registrant registrant = spec.registrant();
    return new ParticipantFields(
        userId,
        participantUuid,
        name(spec, quirks, defaultName),
        user == null ? "" : user.id(),
        email(spec, quirks),
        registrant == null ? "" : registrant.id(),
        orEmpty(spec.customerKey()),
        orEmpty(spec.phoneNumber()),
        user != null && user.internal());
  }

  private static String name(JoinSpec spec, Quirks quirks, String defaultName) {
    if (spec.userName() != null && !spec.userName().isBlank()) {
      return spec.userName();
    }
    if (spec.signedInAs() != null) {
      return spec.signedInAs().displayName();
    }
    if (spec.via() == Via.PHONE) {
      return spec.phoneNumber() == null ? "Caller" : spec.phoneNumber();
    }
    if (spec.registrant() != null && !quirks.is(quirks.signedOutAnonymous())) {
      return spec.registrant().displayName();
    }
    if (spec.panelist() != null) {
      return spec.panelist().name();
    }
    return defaultName;
  }

  private static String email(JoinSpec spec, Quirks quirks) {
    ZoomUser user = spec.signedInAs();
    Registrant registrant = spec.registrant();
    if (user != null) {
      if (user.internal() || !quirks.is(quirks.hideExternalEmails())) {
        return user.email();
      }
      // Display rules: an email typed into registration is shown even for external users.
      return registrant == null ? "" : registrant.email();
    }
    if (spec.panelist() != null) {
      // The host supplied it when adding the panelist (like a webinar CSV import, one of Zoom's
      // email display rules, ZOOM-FACTS §2.2); that it shows for signed-out panelists is
      // UNCONFIRMED.
      return spec.panelist().email();
    }
    if (quirks.is(quirks.signedOutAnonymous()) || spec.via() == Via.PHONE) {
      return "";
    }
    if (registrant != null) {
      return registrant.email();
    }
    return orEmpty(spec.email());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
