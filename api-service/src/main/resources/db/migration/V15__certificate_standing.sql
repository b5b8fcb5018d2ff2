-- Issue 10: a certificate's standing is the engine's one rule (CertificateRules.standingOn); the facts it reads are
-- stored, and so is its answer to "last day in force" (CertificateRules.lastDayInForce), so that SQL can ask
-- "in force on day d" as issued_on <= d and in_force_through >= d (public verification, lists, plan progress).
alter table certificate add column superseded_on date;
-- 26/2026 Điều 12.3: the re-evaluation window could not be met; in force until the decision, at most this day.
alter table certificate add column grace_until date;
-- The re-evaluation decision (or the dossier's end) that ends the grace.
alter table certificate add column grace_ended_on date;
alter table certificate add column in_force_through date;

update certificate set superseded_on =
    (select s.issued_on from certificate s where s.id = certificate.superseded_by_id)
    where superseded_by_id is not null;
update certificate set in_force_through = expires_on;
update certificate set in_force_through = cast(revoked_on - interval '1' day as date)
    where revoked_on is not null and revoked_on <= in_force_through;
update certificate set in_force_through = cast(superseded_on - interval '1' day as date)
    where superseded_on is not null and superseded_on <= in_force_through;
update certificate set in_force_through = null where in_force_through < issued_on;
create index certificate_in_force_through_ix on certificate (in_force_through);

-- How a re-evaluation was filed against its window (FilingCheck.Timing: ON_TIME, LATE, WINDOW_MISSED, NO_WINDOW).
alter table dossier add column re_evaluation_timing varchar(16);

-- The product's current certificate's last day in force, kept by the certificate feature: the product's shown stage
-- is derived from it (CERTIFIED while in force, EXPIRED after), never a stored stage that goes stale.
alter table product add column certified_through date;
update product set certified_through =
    (select c.in_force_through from certificate c where c.id = product.current_certificate_id)
    where current_certificate_id is not null;
