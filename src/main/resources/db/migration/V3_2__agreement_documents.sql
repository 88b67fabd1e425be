-- agreements: uploaded documents (PDF). The file lives in the data directory under documents/<stored_name>;
-- stored_name is random, the uploader's file name is kept only for display and download.
create table agreement_document (
  id           varchar(36) primary key,
  agreement_id varchar(64) not null references agreement (id) on delete cascade,
  file_name    varchar(255) not null,
  stored_name  varchar(64) not null,
  content_type varchar(100) not null,
  size_bytes   bigint not null,
  sha256       varchar(64) not null,
  uploaded_by  varchar(100) not null,
  uploaded_at  timestamp with time zone not null,
  constraint uq_agreement_document_stored unique (stored_name)
);
create index ix_agreement_document_agreement on agreement_document (agreement_id);
