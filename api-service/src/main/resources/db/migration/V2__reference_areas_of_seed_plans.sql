-- Reference administrative units named in the five seed plans (shared/domain/seed-plans.md), so that plans,
-- producers and products of those plans have their areas on every installation. The full official list is
-- loaded with POST /api/v1/areas/import; the units below are written exactly as in that list (same code, name,
-- full name, English name, valid_from 2025-07-01), so importing the official file reports them as unchanged.
--
-- Portable SQL (H2 in PostgreSQL mode and PostgreSQL 15): no explicit ids (identity columns); parents are found
-- with subselects by (code, valid_from); path is filled afterwards, level by level, from the generated ids.
--
-- Validity:
-- * Units in force since 1 Jul 2025 (Decision 19/2025/QĐ-TTg code list): valid_from 2025-07-01, valid_to null.
-- * Units that ended on 1 Jul 2025 (districts abolished, provinces and communes reorganised): valid_to 2025-07-01
--   (exclusive: the first day they no longer exist). Their valid_from is a convention, 2004-07-08, the date of
--   Decision 124/2004/QĐ-TTg that introduced the GSO code list of administrative units; the units themselves may
--   be older, and later renames (e.g. Tuyên Quang town → city in 2010) are not tracked.
--
-- Codes (source and certainty):
-- * Post-2025 codes: copied from the official list (shared data admin-units-2025.csv, derived from the GSO codes).
-- * Pre-2025 province codes 08, 37, 38, 51: GSO codes, unchanged by the 2025 reform for these provinces.
-- * Pre-2025 district codes: GSO codes as published in the widely used open GSO-derived datasets:
--   070 Thành phố Tuyên Quang (Tuyên Quang), 392 Huyện Hà Trung (Thanh Hóa), 529 Huyện Sơn Hà (Quảng Ngãi).
--   (Not 380 / 567 as sometimes quoted: 380 is Thành phố Thanh Hóa, and Quảng Ngãi's district codes are 522–535.)
-- * Hà Sơn commune (Hà Trung district): its 5-digit GSO commune code could not be verified here, so it carries
--   the LOCAL placeholder code '392-HS' (district code + initials), which is not an official code. Replace it with
--   the official code (PUT cannot change codes: close this unit and import/create the official one) when known.

-- Provinces in force since 1 Jul 2025.
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('08', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'PROVINCE', null, '-', date '2025-07-01', null, 'tinh tuyen quang', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('19', 'Thái Nguyên', 'Tỉnh Thái Nguyên', 'Thai Nguyen', 'PROVINCE', null, '-', date '2025-07-01', null, 'tinh thai nguyen', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('37', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh', 'PROVINCE', null, '-', date '2025-07-01', null, 'tinh ninh binh', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('38', 'Thanh Hoá', 'Tỉnh Thanh Hoá', 'Thanh Hoa', 'PROVINCE', null, '-', date '2025-07-01', null, 'tinh thanh hoa', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('51', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'PROVINCE', null, '-', date '2025-07-01', null, 'tinh quang ngai', 0, current_timestamp, current_timestamp);

-- Provinces as they were until 30 Jun 2025 (parents of the historical districts and of the 2021 Ninh Bình plan).
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('08', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'PROVINCE', null, '-', date '2004-07-08', date '2025-07-01', 'tinh tuyen quang', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('37', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh', 'PROVINCE', null, '-', date '2004-07-08', date '2025-07-01', 'tinh ninh binh', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('38', 'Thanh Hóa', 'Tỉnh Thanh Hóa', 'Thanh Hoa', 'PROVINCE', null, '-', date '2004-07-08', date '2025-07-01', 'tinh thanh hoa', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('51', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'PROVINCE', null, '-', date '2004-07-08', date '2025-07-01', 'tinh quang ngai', 0, current_timestamp, current_timestamp);

-- Historical districts (abolished 1 Jul 2025).
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('070', 'Tuyên Quang', 'Thành phố Tuyên Quang', 'Tuyen Quang City', 'DISTRICT',
     (select p.id from area p where p.code = '08' and p.valid_from = date '2004-07-08'),
     '-', date '2004-07-08', date '2025-07-01', 'thanh pho tuyen quang', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('392', 'Hà Trung', 'Huyện Hà Trung', 'Ha Trung', 'DISTRICT',
     (select p.id from area p where p.code = '38' and p.valid_from = date '2004-07-08'),
     '-', date '2004-07-08', date '2025-07-01', 'huyen ha trung', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('529', 'Sơn Hà', 'Huyện Sơn Hà', 'Son Ha', 'DISTRICT',
     (select p.id from area p where p.code = '51' and p.valid_from = date '2004-07-08'),
     '-', date '2004-07-08', date '2025-07-01', 'huyen son ha', 0, current_timestamp, current_timestamp);

-- Historical commune of the 2023 Hà Sơn plan (placeholder code, see the header).
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('392-HS', 'Hà Sơn', 'Xã Hà Sơn', 'Ha Son', 'COMMUNE',
     (select p.id from area p where p.code = '392' and p.valid_from = date '2004-07-08'),
     '-', date '2004-07-08', date '2025-07-01', 'xa ha son', 0, current_timestamp, current_timestamp);

-- Communes in force since 1 Jul 2025 (Tân Kỳ plan 2025; the new Sơn Hà commune that took over the district seat).
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('02104', 'Tân Kỳ', 'Xã Tân Kỳ', 'Tan Ky', 'COMMUNE',
     (select p.id from area p where p.code = '19' and p.valid_from = date '2025-07-01'),
     '-', date '2025-07-01', null, 'xa tan ky', 0, current_timestamp, current_timestamp);
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, valid_to, search_key, version, created_at, updated_at) values
    ('21289', 'Sơn Hà', 'Xã Sơn Hà', 'Son Ha', 'COMMUNE',
     (select p.id from area p where p.code = '51' and p.valid_from = date '2025-07-01'),
     '-', date '2025-07-01', null, 'xa son ha', 0, current_timestamp, current_timestamp);

-- Materialised paths, from the provinces down ("/<province id>/<district id>/<commune id>/").
update area set path = '/' || cast(id as varchar(20)) || '/' where path = '-' and parent_id is null;
update area set path = (select p.path from area p where p.id = area.parent_id) || cast(id as varchar(20)) || '/'
    where path = '-' and level = 'DISTRICT';
update area set path = (select p.path from area p where p.id = area.parent_id) || cast(id as varchar(20)) || '/'
    where path = '-' and level = 'COMMUNE';
