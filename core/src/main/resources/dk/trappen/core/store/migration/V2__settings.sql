-- Schema 2: the settings that change results (the "Decision:" lines of key-figures.md).
-- Absent rows mean the spec's default, so upgraded workspaces keep computing as before.
CREATE TABLE settings (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
