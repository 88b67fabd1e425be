-- reports: the partnerships a funder is attached to (and so may read the reports of). A
-- partnership is two cluster ids, the smaller first, so each pair has one row per funder.
-- Users and clusters belong to other modules and are referred to by id only.
create table funder_attachment (
  username    varchar(100) not null,
  cluster_a   varchar(64) not null,
  cluster_b   varchar(64) not null,
  attached_by varchar(100) not null,
  attached_at timestamp with time zone not null,
  constraint pk_funder_attachment primary key (username, cluster_a, cluster_b),
  constraint ck_funder_attachment_order check (cluster_a < cluster_b)
);
