-- 0004_device_slot_secrets: the secret of a device's portal key slot (docs/sync-protocol.md
-- "Officers on an enrolled device"). The client makes it at enrollment; the portal hands it only
-- to an active officer of the device's own office, signed in with their password, while the device
-- is not revoked. Null for a device enrolled without one.
ALTER TABLE devices ADD COLUMN slot_secret text;
