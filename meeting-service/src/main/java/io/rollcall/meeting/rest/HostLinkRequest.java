package io.rollcall.meeting.rest;

/**
 * @param host the meeting's host the caller acts for (ref given at scheduling, Zoom id or email)
 */
public record HostLinkRequest(String host) {}
