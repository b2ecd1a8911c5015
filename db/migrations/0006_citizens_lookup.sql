-- 0006_citizens_lookup: what the lookup page and the counter need of known citizens.
-- The card's issue date (ISO date), read from the CCCD QR with the rest of the card.
ALTER TABLE citizens ADD COLUMN issued_on TEXT;
