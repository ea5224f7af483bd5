-- Breakout rooms (issue 14): the room a connection is in. Zoom issues a new user_id per room, so a
-- connection is in one room; NULL is the main session (and every connection stored before this).
ALTER TABLE connection ADD COLUMN breakout_room_uuid TEXT;
