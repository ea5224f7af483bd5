-- Webinars (issue 14): a scheduled Zoom number is a meeting or a webinar (MeetingKind's name), and
-- a link belongs to an invitee (a meeting's registrant), a webinar's attendee (a webinar registrant)
-- or a webinar's panelist (LinkRole's name). Existing rows are meetings and invitees.
ALTER TABLE meeting ADD COLUMN kind TEXT NOT NULL DEFAULT 'MEETING';
ALTER TABLE link ADD COLUMN role TEXT NOT NULL DEFAULT 'INVITEE';
-- A panelist has no registrant id (registrant_id stays ''); Zoom's panelist id instead.
ALTER TABLE link ADD COLUMN panelist_id TEXT;
