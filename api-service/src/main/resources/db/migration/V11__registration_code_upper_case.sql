-- Registration codes (mã số doanh nghiệp / mã số thuế / số đăng ký hộ kinh doanh) are unique regardless of case:
-- the service stores them upper-cased (NFD0001 and nfd0001 are one code), and existing rows are brought to that
-- form here, so producer_registration_code_uq decides on the canonical form. If two producers already hold one
-- code in different cases this update stops on that constraint: find them with
--   select upper(registration_code), count(*) from producer group by upper(registration_code) having count(*) > 1
-- and merge or correct them before migrating (deploy/README.md).
update producer set registration_code = upper(registration_code) where registration_code <> upper(registration_code);
