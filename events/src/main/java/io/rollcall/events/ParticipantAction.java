package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;

/** What a Zoom participant event did to its connection. */
public enum ParticipantAction {
  @JsonProperty("joined")
  JOINED("meeting.participant_joined"),
  @JsonProperty("left")
  LEFT("meeting.participant_left"),
  @JsonProperty("waiting_room_joined")
  WAITING_ROOM_JOINED("meeting.participant_joined_waiting_room"),
  @JsonProperty("waiting_room_left")
  WAITING_ROOM_LEFT("meeting.participant_left_waiting_room"),
  @JsonProperty("put_in_waiting_room")
  PUT_IN_WAITING_ROOM("meeting.participant_put_in_waiting_room"),
  @JsonProperty("admitted")
  ADMITTED("meeting.participant_admitted"),
  @JsonProperty("jbh_waiting")
  JBH_WAITING("meeting.participant_jbh_waiting"),
  @JsonProperty("jbh_waiting_left")
  JBH_WAITING_LEFT("meeting.participant_jbh_waiting_left"),
  @JsonProperty("jbh_joined")
  JBH_JOINED("meeting.participant_jbh_joined"),
  @JsonProperty("role_changed")
  ROLE_CHANGED("meeting.participant_role_changed"),
  @JsonProperty("bind")
  BIND("meeting.participant_bind");

  private static final Map<String, ParticipantAction> BY_ZOOM_EVENT = index();

  private final String zoomEvent;

  ParticipantAction(String zoomEvent) {
    this.zoomEvent = zoomEvent;
  }

  public String zoomEvent() {
    return zoomEvent;
  }

  public static Optional<ParticipantAction> ofZoomEvent(String event) {
    return Optional.ofNullable(BY_ZOOM_EVENT.get(event));
  }

  private static Map<String, ParticipantAction> index() {
    Map<String, ParticipantAction> map = new java.util.HashMap<>();
    for (ParticipantAction action : values()) {
      map.put(action.zoomEvent, action);
    }
    return Map.copyOf(map);
  }
}
