-- Targets that name products (issue 13): "the reishi of An Ninh co-operative reaches 3★", "maintain these four".
create table plan_target_product (
    target_id  bigint not null references plan_target (id),
    position   integer not null,
    product_id bigint not null references product (id),
    primary key (target_id, position)
);
create index plan_target_product_product_ix on plan_target_product (product_id);
