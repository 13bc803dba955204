-- Schema 5: the import_id indexes cost more on every import (a B-tree insert per row) than they
-- save: rows are read whole by the computations and never looked up by import.
DROP INDEX spell_import;
DROP INDEX death_import;
DROP INDEX population_import;
DROP INDEX dream_year_import;
DROP INDEX lpr_contact_import;
DROP INDEX account_line_import;
DROP INDEX measurement_import;
