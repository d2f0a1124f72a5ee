-- The graph: articles, the people they name, the statements and deployments found in them.
-- Plain SQL that H2 and PostgreSQL both run; enums are varchar with a check, not vendor enum types.

create sequence Article_SEQ start with 1 increment by 50;
create sequence Deployment_SEQ start with 1 increment by 50;
create sequence Mention_SEQ start with 1 increment by 50;
create sequence Person_SEQ start with 1 increment by 50;
create sequence PersonAlias_SEQ start with 1 increment by 50;
create sequence Statement_SEQ start with 1 increment by 50;

create table Article (
    id bigint not null primary key,
    textHash varchar(64) not null unique,
    text varchar(200000) not null,
    title varchar(500),
    outlet varchar(200),
    url varchar(2048),
    publishedOn date,
    ingestedAt timestamp(6) with time zone not null
);

create table article_byline (
    Article_id bigint not null references Article,
    byline_ORDER integer not null,
    author varchar(200),
    primary key (byline_ORDER, Article_id)
);

create table Person (
    id bigint not null primary key,
    name varchar(200) not null,
    nameKey varchar(200) not null unique,
    role varchar(300),
    affiliation varchar(200)
);

create table PersonAlias (
    id bigint not null primary key,
    person_id bigint not null references Person,
    alias varchar(300) not null,
    aliasKey varchar(300) not null,
    constraint person_alias_unique unique (person_id, alias)
);

create table Mention (
    id bigint not null primary key,
    person_id bigint not null references Person,
    article_id bigint not null references Article,
    role varchar(300),
    affiliation varchar(200),
    constraint mention_unique unique (person_id, article_id)
);

create table Statement (
    id bigint not null primary key,
    article_id bigint not null references Article,
    speaker_id bigint references Person,
    text varchar(200000) not null,
    source varchar(300),
    context varchar(200000) not null,
    startOffset integer not null,
    endOffset integer not null,
    statedOn date,
    attribution varchar(40) not null check (attribution in ('EXPLICIT', 'PRONOUN', 'DESCRIPTOR',
        'PREVIOUS_SENTENCE', 'CONTINUATION_PARAGRAPH', 'ORGANIZATION', 'HEADLINE', 'UNATTRIBUTED'))
);

create table Deployment (
    id bigint not null primary key,
    article_id bigint not null references Article,
    origin varchar(200) not null,
    hostCountry varchar(200),
    region varchar(200),
    troops integer,
    troopsQualifier varchar(20) check (troopsQualifier in ('EXACT', 'ABOUT', 'UP_TO', 'MORE_THAN',
        'FEWER_THAN', 'RANGE')),
    status varchar(20) not null check (status in ('DEPLOYED', 'ARRIVED', 'IN_TRANSIT', 'EXPECTED', 'IN_COMBAT',
        'TRAINING', 'WITHDRAWN', 'REPORTED')),
    claimedBy varchar(300),
    evidence varchar(200000) not null,
    evidenceStart integer not null,
    evidenceEnd integer not null
);

create table deployment_training (
    Deployment_id bigint not null references Deployment,
    training_ORDER integer not null,
    skill varchar(200),
    primary key (training_ORDER, Deployment_id)
);

create table deployment_statement (
    Deployment_id bigint not null references Deployment,
    statements_id bigint not null references Statement
);

create index article_published_on on Article (publishedOn);
create index person_affiliation on Person (affiliation);
create index person_alias_key on PersonAlias (aliasKey);
create index statement_speaker on Statement (speaker_id);
create index statement_article on Statement (article_id);
create index statement_stated_on on Statement (statedOn);
create index deployment_origin on Deployment (origin);
create index deployment_host_country on Deployment (hostCountry);
create index deployment_status on Deployment (status);
create index deployment_article on Deployment (article_id);
create index deployment_statement_deployment on deployment_statement (Deployment_id);
create index deployment_statement_statement on deployment_statement (statements_id);
