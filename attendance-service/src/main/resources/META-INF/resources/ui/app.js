// Rollcall's attendance pages: a small script over the attendance API (no build step, no
// framework). Every request carries the API key the person entered, kept in sessionStorage.
// Data is rendered with DOM calls only (never innerHTML), so names from Zoom cannot inject markup.

const KEY = "rollcall.apiKey";
const REFRESH_MS = 5000;

/** Plain-language meaning of every flag, and what to do about it. */
export const FLAGS = {
  shared_link: ["Shared link", "Someone else used this person's personal link, under a different name. Check who the other connection was, and remind the invitee not to forward their link."],
  multiple_devices: ["Several devices", "This person was connected from more than one device at the same time. Their time is counted once. Nothing to do."],
  host_link_shared: ["Host link shared", "The host's start link or account was used by someone else at the same time. Check who joined as host; consider issuing a new start link."],
  name_mismatch: ["Name differs", "The personal link was used under a name that does not match the invitee: possibly a forwarded link. Verify who attended."],
  revoked_link: ["Revoked link", "Joined through a link that had been revoked. Decide whether this attendance should count."],
  uninvited: ["Not invited", "Joined without a personal link and matched no invitee. If you know who it was, assign the connection to them."],
  ambiguous_name: ["Ambiguous name", "The display name fits several invitees, so Rollcall did not guess. Assign the connection to the right person."],
  pending_link: ["Link pending", "Joined with a link Rollcall has not registered yet. It resolves by itself when the link arrives."],
  evidence_conflict: ["Conflicting evidence", "Pieces of evidence pointed at different people; the strongest one decided. Check that the result looks right."],
  from_report: ["From Zoom's report", "Zoom never delivered this session's join notification; the session was added from Zoom's participants report after the meeting."],
  leave_from_report: ["Leave from Zoom's report", "Zoom never delivered the leave notification; the leave time comes from Zoom's participants report."],
};
const INFO_FLAGS = new Set(["multiple_devices", "from_report", "leave_from_report", "pending_link"]);

const METHODS = {
  manual: "Assigned by an operator",
  registrant: "Personal registration link",
  customer_key: "SDK customer key",
  zoom_user: "Signed-in Zoom account",
  email: "Email address",
  name: "Display name",
  none: "Not identified",
};

let timer = null;
let tipCount = 0;
const filters = { unresolved: false, flagged: false, text: "" };

/** Creates an element: h("td", {class: "num"}, "12", child). Attributes set with setAttribute. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function apiKey() { return sessionStorage.getItem(KEY); }

class Unauthorized extends Error {}

/** GET from the attendance API; throws Unauthorized on 401 and Error(detail) otherwise. */
async function api(path, accept = "application/json") {
  const response = await fetch(path, { headers: { Authorization: "Bearer " + apiKey(), Accept: accept } });
  if (response.status === 401) throw new Unauthorized();
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return accept === "application/json" ? response.json() : response.blob();
}

function seconds(total) {
  const s = Math.max(0, Math.round(total));
  const hh = Math.floor(s / 3600), mm = Math.floor((s % 3600) / 60), ss = s % 60;
  return (hh ? hh + " h " : "") + (hh || mm ? mm + " min " : "") + ss + " s";
}

function clock(iso) {
  return iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : "—";
}

function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : "—";
}

function status(text) { document.getElementById("status").textContent = text; }

function show(...nodes) {
  const view = document.getElementById("view");
  view.replaceChildren(...nodes);
}

function flagChip(flag) {
  const [label, meaning] = FLAGS[flag] || [flag, "An anomaly Rollcall noticed."];
  const id = "tip-" + (++tipCount);
  return h("span", { class: "flag-wrap" },
    h("button", { type: "button", class: "flag" + (INFO_FLAGS.has(flag) ? " info" : ""), "data-flag": flag, "aria-describedby": id }, label),
    h("span", { role: "tooltip", id, class: "tip" }, meaning));
}

function resolutionBadge(resolution) {
  const method = resolution?.method || "none";
  const confidence = resolution?.confidence || "none";
  const text = METHODS[method] || method;
  const nodes = [h("span", { class: "badge " + confidence, "data-method": method }, text), " ",
    h("small", {}, "(" + confidence + ")")];
  const a = resolution?.assignment;
  if (a) {
    const id = "tip-" + (++tipCount);
    const evidence = a.evidence ? (METHODS[a.evidence.method] || a.evidence.method) + (a.evidence.ref ? " → " + a.evidence.ref : "") : "none";
    nodes.push(" ", h("span", { class: "flag-wrap" },
      h("button", { type: "button", class: "flag info", "aria-describedby": id }, "why?"),
      h("span", { role: "tooltip", id, class: "tip" },
        `Assigned by ${a.assigned_by} on ${dateTime(a.assigned_at)}: “${a.reason || ""}”. The evidence alone says: ${evidence}.`)));
  }
  return nodes;
}

/** Where a session sits on the meeting's time axis, in percent. */
function span(from, to, start, end) {
  const total = Math.max(1, end - start);
  const left = Math.min(100, Math.max(0, ((from - start) / total) * 100));
  const right = Math.min(100, Math.max(0, ((to - start) / total) * 100));
  return { left, width: Math.max(0.4, right - left) };
}

function timeline(person, start, end) {
  const segments = [];
  const described = [];
  for (const w of person.waiting || []) {
    const from = Date.parse(w.from), to = w.to ? Date.parse(w.to) : end;
    const p = span(from, to, start, end);
    segments.push(h("span", { class: "seg waiting", style: `left:${p.left}%;width:${p.width}%`, title: `Waiting room ${clock(w.from)}–${clock(w.to)}` }));
    described.push(`waiting room ${clock(w.from)} to ${clock(w.to)}`);
  }
  for (const s of person.sessions || []) {
    const from = Date.parse(s.joined_at), to = s.left_at ? Date.parse(s.left_at) : end;
    const room = s.breakout_room_uuid ? "breakout" : "main";
    const fromReport = (s.flags || []).some((f) => f === "from_report" || f === "leave_from_report");
    const p = span(from, to, start, end);
    const label = `${room === "main" ? "Main room" : "Breakout room"} ${clock(s.joined_at)}–${s.left_at ? clock(s.left_at) : "now"}`;
    segments.push(h("span", { class: `seg ${room}${fromReport ? " report" : ""}`, "data-room": room, style: `left:${p.left}%;width:${p.width}%`, title: label + (fromReport ? " (from Zoom's report)" : "") }));
    described.push(label.toLowerCase());
  }
  return h("div", { class: "timeline", role: "img", "aria-label": described.length ? "Sessions: " + described.join("; ") : "No sessions" }, segments);
}

function personName(p) {
  if (p.name) return p.name;
  return p.ref || "Unknown participant";
}

function row(p, start, end, duration, meetingId) {
  const flags = p.flags || [];
  const share = duration > 0 ? Math.round((p.attended_seconds / duration) * 100) : 0;
  const who = [h("strong", {}, personName(p))];
  if (p.ref) who.push(h("small", {}, h("a", { href: "#/people/" + encodeURIComponent(p.ref) }, p.ref), p.role ? " · " + p.role : ""));
  else who.push(h("small", {}, p.erased ? "erased person (anonymous time only)" : p.via_link_of ? "came through the link of " + p.via_link_of : "unresolved connection"));
  if (p.email) who.push(h("small", {}, p.email));
  const shown = [...new Set((p.sessions || []).map((s) => s.reported_name).filter(Boolean))];
  if (shown.length && !(shown.length === 1 && shown[0] === p.name)) who.push(h("small", { class: "reported" }, "in Zoom as " + shown.join(", ")));
  return h("tr", { "data-ref": p.ref || "", "data-unresolved": p.ref ? "false" : "true", "data-flagged": needsLook(p) ? "true" : "false" },
    h("td", { class: "who", "data-label": "Person" }, who),
    h("td", { "data-label": "Timeline" }, timeline(p, start, end)),
    h("td", { class: "num", "data-label": "Attended" }, h("span", { class: "attended" }, seconds(p.attended_seconds)), h("br"), h("small", {}, share + "% of the meeting")),
    h("td", { "data-label": "Identified by" }, resolutionBadge(p.resolution)),
    h("td", { "data-label": "Flags" }, flags.length ? h("div", { class: "flags" }, flags.map(flagChip)) : h("span", { class: "empty" }, "none")));
}

/** Flags that ask a person to look (the informational ones say how the data came, not a problem). */
function needsLook(p) {
  return (p.flags || []).some((f) => !INFO_FLAGS.has(f));
}

function visible(p) {
  if (filters.unresolved && p.ref) return false;
  if (filters.flagged && !needsLook(p)) return false;
  if (filters.text) {
    const hay = [p.name, p.ref, p.email].filter(Boolean).join(" ").toLowerCase();
    if (!hay.includes(filters.text.toLowerCase())) return false;
  }
  return true;
}

async function downloadCsv(meetingId, uuid) {
  const blob = await api(`/meetings/${encodeURIComponent(meetingId)}/attendance?instance=${encodeURIComponent(uuid)}`, "text/csv");
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: `attendance-${meetingId}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The instance page last fetched, so that a filter redraws it without asking the API again. */
let shown = null;

async function instancePage(meetingId, uuid) {
  const query = uuid ? "?instance=" + encodeURIComponent(uuid) : "";
  const data = await api(`/meetings/${encodeURIComponent(meetingId)}/attendance${query}`);
  shown = { meetingId, data };
  drawInstance(meetingId, data);
  status(data.live ? "Live: updated at " + new Date().toLocaleTimeString() : "");
  if (data.live) timer = setTimeout(() => render(true), REFRESH_MS);
}

/** Redraws the shown instance with the current filters, keeping the focused control focused. */
function redraw() {
  const focused = document.activeElement?.id;
  if (shown) drawInstance(shown.meetingId, shown.data);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

function drawInstance(meetingId, data) {
  const start = Date.parse(data.started_at || data.attendees?.[0]?.first_join || new Date().toISOString());
  const end = data.ended_at ? Date.parse(data.ended_at) : Math.max(Date.now(), start + 60000);
  const duration = (end - start) / 1000;
  const people = data.attendees || [];
  const rows = people.filter(visible).map((p) => row(p, start, end, duration, meetingId));
  const body = h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: 5, class: "empty" }, "Nobody matches these filters.")));
  const unresolved = people.filter((p) => !p.ref).length;
  const flagged = people.filter(needsLook).length;
  const rec = data.reconciliation;
  const toggle = (name, label) => h("label", {},
    h("input", { type: "checkbox", id: "filter-" + name, checked: filters[name], onchange: (e) => { filters[name] = e.target.checked; redraw(); } }), label);
  show(
    h("h1", {}, `Meeting ${data.meeting_id}`, data.live ? [" ", h("span", { class: "live" }, "LIVE")] : []),
    h("ul", { class: "meta" },
      h("li", {}, "Started ", dateTime(data.started_at)),
      h("li", {}, data.ended_at ? "Ended " + dateTime(data.ended_at) : "Still running"),
      h("li", {}, `${people.length} people · ${unresolved} unresolved · ${flagged} need a look`),
      data.kind === "webinar" ? h("li", {}, "Webinar") : null,
      rec ? h("li", { class: "reconciliation" }, `Checked against Zoom's report ${dateTime(rec.reconciled_at)}: ${rec.sessions_added ?? 0} sessions added, ${rec.sessions_changed ?? 0} changed`) : null,
      h("li", {}, h("a", { href: "#/meetings/" + encodeURIComponent(meetingId) }, "All instances"))),
    h("div", { class: "toolbar" },
      toggle("unresolved", "Unresolved only"),
      toggle("flagged", "Needs a look only"),
      h("label", {}, "Search ", h("input", { type: "search", id: "filter-text", value: filters.text, oninput: (e) => { filters.text = e.target.value; redraw(); } })),
      h("button", { type: "button", class: "secondary", id: "download-csv", onclick: () => downloadCsv(meetingId, data.instance_uuid).catch(fail) }, "Download CSV")),
    h("ul", { class: "legend", "aria-label": "Timeline legend" },
      h("li", { class: "main" }, "Main room"), h("li", { class: "breakout" }, "Breakout room"),
      h("li", { class: "waiting" }, "Waiting room"), h("li", { class: "report" }, "From Zoom's report")),
    h("table", { class: "people" },
      h("caption", {}, `Who attended (${rows.length} of ${people.length} shown)`),
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, "Person"),
        h("th", { scope: "col", class: "timeline-col" }, "Timeline",
          h("span", { class: "axis" }, h("span", {}, clock(new Date(start).toISOString())), h("span", {}, data.ended_at ? clock(data.ended_at) : "now"))),
        ["Attended", "Identified by", "Flags"].map((t) => h("th", { scope: "col" }, t)))),
      body));
}

async function instancesPage(meetingId) {
  const data = await api(`/meetings/${encodeURIComponent(meetingId)}/instances`);
  const list = data.instances || [];
  show(
    h("h1", {}, `Meeting ${meetingId}`),
    list.length ? h("table", { class: "instances" },
      h("caption", {}, "Instances, newest first"),
      h("thead", {}, h("tr", {}, ["Started", "Ended", "Topic", "Kind"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, list.map((i) => h("tr", {},
        h("td", {}, h("a", { href: `#/meetings/${encodeURIComponent(meetingId)}/instances/${encodeURIComponent(i.uuid)}` }, dateTime(i.started_at))),
        h("td", {}, i.ended_at ? dateTime(i.ended_at) : h("span", { class: "live" }, "LIVE")),
        h("td", {}, i.topic || ""),
        h("td", {}, i.kind || "meeting")))))
      : h("p", { class: "empty" }, "No instance of this meeting has started yet."));
  status("");
}

async function personPage(ref) {
  const data = await api(`/people/${encodeURIComponent(ref)}/attendance`);
  const list = data.instances || [];
  show(
    h("h1", {}, `Attendance of ${ref}`),
    list.length ? h("table", { class: "people" },
      h("caption", {}, "Meetings attended, newest first"),
      h("thead", {}, h("tr", {}, ["Meeting", "Started", "Attended", "Identified by", "Flags"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, list.map((i) => h("tr", {},
        h("td", { "data-label": "Meeting" }, h("a", { href: `#/meetings/${encodeURIComponent(i.meeting_id)}/instances/${encodeURIComponent(i.instance_uuid)}` }, i.meeting_id)),
        h("td", { "data-label": "Started" }, dateTime(i.started_at)),
        h("td", { class: "num", "data-label": "Attended" }, seconds(i.attendance?.attended_seconds || 0)),
        h("td", { "data-label": "Identified by" }, resolutionBadge(i.attendance?.resolution)),
        h("td", { "data-label": "Flags" }, (i.attendance?.flags || []).length ? h("div", { class: "flags" }, i.attendance.flags.map(flagChip)) : h("span", { class: "empty" }, "none"))))))
      : h("p", { class: "empty" }, "No attendance recorded for this person."));
  status("");
}

function homePage() {
  show(h("section", { class: "card" },
    h("h1", {}, "Attendance"),
    h("p", {}, "Enter a Zoom meeting ID above to see who attended each of its instances, how each person was identified, and anything that needs a look.")));
  status("");
}

function keyPage(message) {
  const form = document.getElementById("key-template").content.cloneNode(true);
  show(form);
  const input = document.getElementById("api-key");
  document.getElementById("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem(KEY, input.value.trim());
    render();
  });
  status(message || "");
  input.focus();
}

function fail(error) {
  if (error instanceof Unauthorized) {
    sessionStorage.removeItem(KEY);
    keyPage("That key was not accepted. Enter a valid API key.");
    return;
  }
  show(h("p", { class: "error", role: "alert" }, "Could not load: " + error.message));
  status("");
}

/** Renders the page the location's hash names: #/, #/meetings/ID, #/meetings/ID/instances/UUID, #/people/REF. */
async function render(keepFocus) {
  clearTimeout(timer);
  shown = null;
  document.getElementById("sign-out").hidden = !apiKey();
  if (!apiKey()) { keyPage(); return; }
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const focused = keepFocus ? document.activeElement?.id : null;
  try {
    if (parts[0] === "meetings" && parts[2] === "instances" && parts[3]) await instancePage(parts[1], parts[3]);
    else if (parts[0] === "meetings" && parts[1] && parts[2] === "latest") await instancePage(parts[1], null);
    else if (parts[0] === "meetings" && parts[1]) await instancesPage(parts[1]);
    else if (parts[0] === "people" && parts[1]) await personPage(parts[1]);
    else homePage();
  } catch (e) {
    fail(e);
  }
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

document.getElementById("meeting-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const id = document.getElementById("meeting-id").value.trim();
  if (id) location.hash = "#/meetings/" + encodeURIComponent(id);
});
document.getElementById("sign-out").addEventListener("click", () => { sessionStorage.removeItem(KEY); render(); });
window.addEventListener("hashchange", () => { filters.unresolved = filters.flagged = false; filters.text = ""; render(); document.getElementById("main").focus(); });
render();
