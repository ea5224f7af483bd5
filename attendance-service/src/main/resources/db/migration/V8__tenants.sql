-- Tenants (issue 17): every row belongs to one tenant, the Zoom account (account_id) of the
-- messages it came from. Rows stored before tenants are the default tenant's (placeholder
-- default_tenant: ROLLCALL_ZOOM_ACCOUNT_ID, else "default"). The default is dropped after the
-- backfill: every insert names its tenant, so a forgotten one fails instead of landing in the
-- default tenant. A connection, waiting mark and reconciliation count take their instance's tenant
-- (Zoom's instance uuids are globally unique); an invitee link takes its link event's.
ALTER TABLE meeting_instance ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE meeting_instance ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE connection ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE connection ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE waiting_mark ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE waiting_mark ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE reconciliation_count ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE reconciliation_count ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE invitee_link ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE invitee_link ALTER COLUMN tenant DROP DEFAULT;

-- Meetings are read per tenant; a person's ref is unique only within a tenant.
DROP INDEX meeting_instance_by_meeting;
CREATE INDEX meeting_instance_by_meeting
    ON meeting_instance (tenant, meeting_id, (COALESCE(started_at, first_seen_at)) DESC);
DROP INDEX connection_by_person;
CREATE INDEX connection_by_person ON connection (tenant, ref, instance_uuid) WHERE ref IS NOT NULL;
DROP INDEX invitee_link_by_meeting_ref;
CREATE INDEX invitee_link_by_meeting_ref ON invitee_link (tenant, meeting_id, ref);
