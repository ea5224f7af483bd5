-- Tenants (issue 17): every link, meeting instance and manual assignment belongs to a tenant, the
-- Zoom account (account_id) its messages carry. Rows written before belong to the default tenant
-- (placeholder default_tenant, from rollcall.zoom.account-id, "default" when unset). The constant
-- default makes ADD COLUMN a catalog change; it stays, so that a replica of the previous version,
-- which inserts without a tenant, keeps working during a rolling update (the current code always
-- names the tenant).
ALTER TABLE link ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE instance_version ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
ALTER TABLE manual_assignment ADD COLUMN tenant TEXT NOT NULL DEFAULT '${default_tenant}';
-- Erasure looks a person's links up by (tenant, ref).
CREATE INDEX link_tenant_ref ON link (tenant, invitee_ref);
