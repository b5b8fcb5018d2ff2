-- Verifications of each certificate per day (lượt tra cứu giấy chứng nhận), issue 11: counted in memory by each
-- replica and added here periodically and at shutdown (vn.ocop.api.verification.VerificationCounter). Nothing about
-- who checked (no address, no device) is stored: only the certificate, the day in Vietnam and how many times.
create table certificate_verification_count (
    certificate_id bigint not null references certificate (id),
    verified_on date not null,
    verifications bigint not null,
    primary key (certificate_id, verified_on)
);

create index certificate_verification_count_day on certificate_verification_count (verified_on, certificate_id);
