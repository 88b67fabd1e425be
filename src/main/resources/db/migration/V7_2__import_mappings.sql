-- directory: the column mapping a user chose for the last spreadsheet import into a cluster, offered
-- again for the next upload ({"Header text": "field"}, fields as in organizations.md).
create table import_mapping (
  username    varchar(100) not null,
  cluster_key varchar(64)  not null,
  mapping     varchar(20000) not null,
  updated_at  timestamp with time zone not null,
  primary key (username, cluster_key)
);
