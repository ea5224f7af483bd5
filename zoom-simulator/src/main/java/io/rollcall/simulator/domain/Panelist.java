package io.rollcall.simulator.domain;

/**
 * A webinar's panelist, added with {@code POST /webinars/{webinarId}/panelists}. Zoom gives each
 * panelist a join link of their own ({@code join_url} in {@code GET
 * /webinars/{webinarId}/panelists}, Zoom's "List panelists" API). A panelist is not a registrant:
 * joining through the panelist link carries no {@code registrant_id} (UNCONFIRMED either way in
 * Zoom's docs; the simulator sends none and shows the panelist's email, which the host supplied
 * when adding them).
 *
 * @param id Zoom's panelist id
 * @param name the name the host gave ({@code name})
 * @param email the panelist's email, lower case
 * @param token the {@code tk} of the panelist's join link
 */
public record Panelist(String id, String name, String email, String token) {}
