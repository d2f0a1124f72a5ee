-- A quotation interrupted by its attribution is one statement of several stretches of the article. Only such
-- statements have rows here; a statement without rows is the one stretch between its offsets.
create table statement_part (
    Statement_id bigint not null references Statement,
    parts_ORDER integer not null,
    startOffset integer not null,
    endOffset integer not null,
    primary key (parts_ORDER, Statement_id)
);
