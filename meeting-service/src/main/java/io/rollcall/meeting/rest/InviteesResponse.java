package io.rollcall.meeting.rest;

import java.util.List;

/** Invitees of a meeting; for a registration, {@code failed} counts invitees to retry. */
public record InviteesResponse(String meetingId, List<InviteeView> invitees, Integer failed) {}
