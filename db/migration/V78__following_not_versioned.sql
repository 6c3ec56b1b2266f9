-- Follows and last visits are never shown on a public page: anonymous readers see no follow button and no "since
-- your last visit", and signed-in pages are never cached (private, no-store, no ETag). Bumping the data version on
-- them made every sign-in (a last_visit row per session) and every follow change the ETag of every public page, so
-- delegates' reloads during a busy round lost their 304s for nothing (#11).
drop trigger data_version on follow;
drop trigger data_version on last_visit;
