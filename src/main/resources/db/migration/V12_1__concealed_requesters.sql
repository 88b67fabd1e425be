-- An entry-portal request filed for an expression of interest keeps its requester anonymous
-- towards the partner cluster until both sides consented to be named (the exchange module's
-- InterestRevealed deletes the row). Requests without a row here name their requester.
create table request_concealed_requester (
  request_id  varchar(40) primary key references entry_request (id) on delete cascade,
  interest_id bigint not null
);

create index ix_request_concealed_interest on request_concealed_requester (interest_id);
