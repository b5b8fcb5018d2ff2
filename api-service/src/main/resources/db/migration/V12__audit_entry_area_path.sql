-- Every write through the API is in the audit log now (producers, products, plans and their parts, areas,
-- accounts, besides the evaluation workflow). An entry remembers the area path of the record it concerns, as it
-- was when written, so that officers read the entries of their area even after the record is deleted or when it
-- has no product (producers, plans). Empty for reference data and accounts: ADMIN only. Same SQL on H2 and
-- PostgreSQL.
alter table audit_entry add column area_path varchar(255);

-- Entries written before: a product's entries take its area, a round's entries the round's.
update audit_entry set area_path = (select p.area_path from product p where p.id = audit_entry.product_id)
    where product_id is not null;
update audit_entry set area_path = (select r.area_path from evaluation_round r where r.id = audit_entry.entity_id)
    where entity_type = 'evaluation-round' and area_path is null;
