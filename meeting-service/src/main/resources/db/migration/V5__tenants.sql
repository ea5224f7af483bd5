-- Tenants (issue 17): every meeting, link, click, host-link issue and reconciliation belongs to one
-- tenant, a Zoom account (its account_id). Rows written before belong to the default tenant
-- (ROLLCALL_ZOOM_ACCOUNT_ID, or "default"): the placeholder default_tenant backfills them, then the
-- column default is dropped so that every new row names its tenant.
ALTER TABLE meeting ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE meeting ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE link ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE link ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE link_click ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE link_click ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE host_link_issue ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE host_link_issue ALTER COLUMN tenant DROP DEFAULT;
ALTER TABLE reconciliation ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE reconciliation ALTER COLUMN tenant DROP DEFAULT;

-- A tenant's meetings (every lookup by id also names the tenant; ids are Zoom's, globally unique).
CREATE INDEX meeting_tenant ON meeting (tenant, created_at);
-- The invitee ref is the customer's id, unique within a tenant only: erasure finds a person by it.
CREATE INDEX link_tenant_ref ON link (tenant, invitee_ref);
CREATE INDEX link_click_link ON link_click (link_id);
