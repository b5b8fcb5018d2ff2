-- National-scale benchmark data for the OCOP API (PostgreSQL). Run on an EMPTY database that the service
-- has migrated (Flyway at start):  psql -v ON_ERROR_STOP=1 -d <db> -f bench/generate-national-data.sql
-- 34 provinces, 3,321 communes, 20,000 producers, 60,000 products, certificates for half of the
-- products, and one 2026 plan per province with eleven targets and some activities. Names carry Vietnamese diacritics; search_key holds the
-- folded form exactly as the service computes it.

begin;

-- Areas: 34 provinces, 3,321 communes spread over them (97 or 98 each), valid since 2025-07-01. Commune codes are
-- synthetic (B00001…) so they never clash with the reference units of migration V2.
insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, search_key, version, created_at, updated_at)
select lpad(p::text, 2, '0'), 'Tỉnh số ' || p, 'Tỉnh số ' || p, 'Province ' || p, 'PROVINCE', null, '/',
       date '2025-07-01', 'tinh so ' || p, 0, now(), now()
from generate_series(1, 34) p
-- the reference units shipped by migration V2 (five provinces) are kept as they are
where not exists (select 1 from area a where a.code = lpad(p::text, 2, '0') and a.valid_from = date '2025-07-01');
update area set path = '/' || id || '/' where level = 'PROVINCE' and path = '/';

insert into area (code, name, full_name, name_en, level, parent_id, path, valid_from, search_key, version, created_at, updated_at)
select 'B' || lpad(c::text, 5, '0'), 'Phú Lộc ' || c, 'Xã Phú Lộc ' || c, 'Phu Loc ' || c, 'COMMUNE', prov.id, '/',
       date '2025-07-01', 'phu loc ' || c, 0, now(), now()
from generate_series(1, 3321) c
join area prov on prov.level = 'PROVINCE' and prov.valid_to is null and prov.code = lpad((1 + (c - 1) % 34)::text, 2, '0');
update area a set path = p.path || a.id || '/' from area p where a.parent_id = p.id and a.path = '/';

-- Producers: 20,000, about 6 per commune.
with names(i, vi, folded) as (values
    (0, 'Hợp tác xã Đoàn Kết', 'hop tac xa doan ket'), (1, 'Hợp tác xã An Ninh', 'hop tac xa an ninh'),
    (2, 'Hợp tác xã Linh Ngọc', 'hop tac xa linh ngoc'), (3, 'Hộ kinh doanh Hà Ngọc Sáng', 'ho kinh doanh ha ngoc sang'),
    (4, 'Công ty TNHH Trà Hạnh Phúc', 'cong ty tnhh tra hanh phuc'), (5, 'Tổ hợp tác Tân Sơn', 'to hop tac tan son'),
    (6, 'Hợp tác xã Bình Minh', 'hop tac xa binh minh'), (7, 'Trang trại Hòa Bình', 'trang trai hoa binh')),
types(i, t) as (values (0, 'COOPERATIVE'), (1, 'COOPERATIVE'), (2, 'COOPERATIVE'), (3, 'HOUSEHOLD_BUSINESS'),
    (4, 'ENTERPRISE'), (5, 'COOPERATIVE_GROUP'), (6, 'COOPERATIVE'), (7, 'FARM')),
communes as (select id, path, row_number() over (order by id) - 1 as n from area where level = 'COMMUNE' and code like 'B%')
insert into producer (name, search_key, type, registration_code, representative_name, representative_woman,
                      representative_ethnic_minority, address_line, area_id, area_path, phone, version, created_at, updated_at)
select n.vi || ' ' || g, n.folded || ' ' || g, t.t, 'BENCH' || lpad(g::text, 8, '0'), 'Nguyễn Thị Hoa',
       g % 3 = 0, g % 7 = 0, 'Thôn ' || (g % 12 + 1), c.id, c.path, '0912' || lpad(g::text, 6, '0'), 0, now(), now()
from generate_series(1, 20000) g
join names n on n.i = g % 8
join types t on t.i = g % 8
join communes c on c.n = g % 3321;

-- Products: 60,000, three per producer, across product sets and stages.
with names(i, vi, folded, set_code, grp) as (values
    (0, 'Mật ong hoa núi', 'mat ong hoa nui', 'FOOD_RAW_HONEY_OTHER', 'FOOD'),
    (1, 'Trà hoa hồng', 'tra hoa hong', 'FOOD_TEA_OTHER_PLANT', 'FOOD'),
    (2, 'Ô mai mơ gừng', 'o mai mo gung', 'FOOD_PROC_PRODUCE', 'FOOD'),
    (3, 'Nếp nương', 'nep nuong', 'FOOD_RAW_GRAIN', 'FOOD'),
    (4, 'Rượu men lá', 'ruou men la', 'DRINK_ALC_WHITE_SPIRIT', 'DRINK'),
    (5, 'Tinh dầu sả chanh', 'tinh dau sa chanh', 'HERB_ESSENTIAL_OIL_OTHER', 'HERBAL'),
    (6, 'Giỏ mây tre đan', 'gio may tre dan', 'CRAFT_HOUSEHOLD_DECOR', 'CRAFT'),
    (7, 'Nấm linh chi', 'nam linh chi', 'FOOD_RAW_HONEY_OTHER', 'FOOD'),
    (8, 'Chè Shan tuyết', 'che shan tuyet', 'FOOD_TEA', 'FOOD'),
    (9, 'Cà phê rang xay', 'ca phe rang xay', 'FOOD_COFFEE_COCOA', 'FOOD')),
stages(i, s) as (values (0, 'CERTIFIED'), (1, 'IN_DEVELOPMENT'), (2, 'CERTIFIED'), (3, 'IDEA_REGISTERED'),
    (4, 'DOSSIER_SUBMITTED'), (5, 'CERTIFIED'))
insert into product (name, search_key, producer_id, product_set_code, product_group, stage, description,
                     area_id, area_path, version, created_at, updated_at)
select n.vi || ' ' || pr.id || '-' || k, n.folded || ' ' || pr.id || '-' || k, pr.id, n.set_code, n.grp, s.s,
       'Sản phẩm đặc trưng của địa phương', pr.area_id, pr.area_path, 0, now(), now()
from producer pr
cross join generate_series(1, 3) k
join names n on n.i = (pr.id + k) % 10
join stages s on s.i = (pr.id * 3 + k) % 6
where pr.registration_code like 'BENCH%';

-- Certificates for the certified products: issued 2023–2026, 3★ to 5★.
insert into certificate (number, product_id, stars, rule_set_id, evaluation_type, product_group, area_path,
                         deciding_body, decision_number, decision_date, issued_on, expires_on, status,
                         version, created_at, updated_at)
select 'BENCH-' || p.id, p.id,
       case when p.id % 20 = 0 then 5 when p.id % 3 = 0 then 4 else 3 end,
       case when p.id % 4 = 0 then 'QD-26-2026' else 'QD-148-2023' end,
       case when p.id % 5 = 0 then 'RE_EVALUATION' when p.id % 11 = 0 then 'UPGRADE' else 'NEW' end,
       p.product_group, p.area_path, 'UBND tỉnh', (p.id % 900 + 1) || '/QĐ-UBND',
       date '2023-01-15' + (p.id % 1300)::int, date '2023-01-15' + (p.id % 1300)::int,
       date '2026-01-15' + (p.id % 1300)::int, 'VALID', 0, now(), now()
from product p
where p.stage = 'CERTIFIED' and p.search_key like '% %-%';
update product p set current_stars = c.stars, current_certificate_id = c.id
from certificate c where c.product_id = p.id and c.number like 'BENCH-%';

-- One 2026 plan per province, with the targets of a typical provincial plan, and a few activities.
insert into plan (area_id, area_path, plan_year, number, issued_on, title, rule_set, budget_vnd, version, created_at, updated_at)
select a.id, a.path, 2026, a.code || '/KH-UBND', date '2026-02-15', 'Kế hoạch OCOP ' || a.name || ' năm 2026',
       'QD-26-2026', 2000000000, 0, now(), now()
from area a where a.level = 'PROVINCE' and a.valid_to is null;
insert into plan_target (plan_id, kind, min_stars, from_stars, to_stars, product_group, evaluation_type, quantity,
                         quantity_max, version, created_at, updated_at)
select p.id, t.kind, t.min_stars, t.from_stars, t.to_stars, t.grp, t.etype, t.quantity, t.quantity_max, 0, now(), now()
from plan p
cross join (values
    ('PRODUCTS_AT_LEAST_STARS', 3, null, null, null, null, 300, null),
    ('PRODUCTS_AT_LEAST_STARS', 3, null, null, 'FOOD', null, 150, null),
    ('PRODUCTS_AT_LEAST_STARS', 3, null, null, null, 'NEW', 200, null),
    ('PRODUCTS_AT_LEAST_STARS', 4, null, null, null, null, 60, null),
    ('CUMULATIVE_AT_LEAST_STARS', 3, null, null, null, null, 800, 900),
    ('UPGRADES', null, 3, 4, null, null, 20, null),
    ('RECERTIFICATIONS', null, null, null, null, null, 100, null),
    ('COMMUNES_WITH_PRODUCT', null, null, null, null, null, 90, null),
    ('PRODUCERS_TRAINED_PERCENT', null, null, null, null, null, 100, null),
    ('TRAINING_CLASSES', null, null, null, null, null, 4, null),
    ('OCOP_SHOPS', null, null, null, null, null, 10, null)
) as t(kind, min_stars, from_stars, to_stars, grp, etype, quantity, quantity_max);
insert into plan_activity (plan_id, kind, title, held_on, participants, version, created_at, updated_at)
select p.id, k.kind, k.title, date '2026-04-10', 30, 0, now(), now()
from plan p
cross join (values ('TRAINING_CLASS', 'Lớp tập huấn OCOP'), ('OCOP_SHOP', 'Điểm bán sản phẩm OCOP'),
                   ('FAIR', 'Hội chợ OCOP')) as k(kind, title);
insert into plan_activity_producer (activity_id, producer_id)
select act.id, pr.id
from plan_activity act
join plan p on p.id = act.plan_id
join producer pr on pr.area_path like p.area_path || '%' and pr.id % 10 = 0
where act.kind = 'TRAINING_CLASS';

commit;

vacuum analyze area;
vacuum analyze producer;
vacuum analyze product;
vacuum analyze certificate;
vacuum analyze plan;
vacuum analyze plan_target;
vacuum analyze plan_activity;
vacuum analyze plan_activity_producer;
