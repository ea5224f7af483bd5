-- Webinars (issue 14): whether an instance is a meeting's or a webinar's (MeetingKind's name; null
-- for a meeting, as every instance before webinars). Set by the first message that tells: a
-- webinar.* participant event or a lifecycle message with kind webinar.
ALTER TABLE meeting_instance ADD COLUMN kind TEXT;
