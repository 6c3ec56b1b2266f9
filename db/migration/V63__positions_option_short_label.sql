-- An optional short label per stance option, for the matrix cells and legends ("Separation" for "Strong separation;
-- only basic services for irregular migrants"). Null: the pages show the option's key.
alter table stance_option add column short_label varchar(24);
alter table stance_option add constraint stance_option_short_label check (short_label is null or btrim(short_label) <> '');
