-- An email may carry one text attachment (a campaign registration's .ics invitation).
alter table mail_outbox add column attachment_name varchar(100);
alter table mail_outbox add column attachment_type varchar(100);
alter table mail_outbox add column attachment_text varchar(200000);
