-- Issue 16 §5: a producer's official identifiers besides its registration code.
-- tax_code (mã số thuế): 10 digits, or 10 digits, '-' and 3 digits for a branch (chi nhánh); optional, unique when
-- present (several producers without one are allowed: a unique constraint ignores NULLs on H2 and PostgreSQL).
alter table producer add column tax_code varchar(14);
alter table producer add constraint producer_tax_code_uq unique (tax_code);
-- citizen_id (số định danh cá nhân / số CCCD, 12 digits) of the owner of a household business (hộ kinh doanh) only.
-- Personal data: shown only through the authenticated producer endpoints (officials with access to the producer,
-- and the producer's own account), never by the public API or an export readable by non-officials.
alter table producer add column citizen_id varchar(12);
